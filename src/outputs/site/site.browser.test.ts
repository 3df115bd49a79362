/**
 * The site in a real browser: Debian's headless Chromium driven by
 * playwright-core (which downloads no browser). Pages are opened from disk
 * (file://, as a reader opens them) and, for the crawl, from a static server
 * on 127.0.0.1 that the test starts and stops (fetch needs http).
 */
import {mkdirSync, mkdtempSync, readFileSync, statSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import {tmpdir} from 'node:os'
import {extname, join, normalize, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildKnowledgeBase, readInputs} from '../../kb/build.js'
import {writeOutputs} from '../../kb/write.js'
import {CORPUS_DIR, FIXTURES_DIR, ROOT} from '../../../test/support/corpus.js'
import {filesUnder} from '../../../test/support/files.js'
import {fileName} from './names.js'

const ARTIFACTS = join(ROOT, 'test-artifacts')

function buildSite(paths: string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'reskb-site-browser-'))
  writeOutputs(buildKnowledgeBase(readInputs(paths)), out)
  return join(out, 'site')
}

const TYPES: Record<string, string> = {'.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml'}

/** A static server of `root` on 127.0.0.1, on a free port; `/` is an empty page to run the crawler from. */
async function serve(root: string): Promise<{server: Server; origin: string}> {
  const server = createServer((req, res) => {
    if (req.url === '/') return void res.writeHead(200, {'content-type': TYPES['.html']}).end('<!doctype html><title>crawler</title>')
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)))
    try {
      if (!path.startsWith(root + sep)) throw new Error('outside')
      const body = readFileSync(path)
      res.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'}).end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as {port: number}
  return {server, origin: `http://127.0.0.1:${address.port}`}
}

const fileUrl = (site: string, name: string) => pathToFileURL(join(site, name)).href

describe('the site in headless Chromium', () => {
  let site: string
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    site = buildSite([CORPUS_DIR])
    browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']})
    page = await browser.newPage({viewport: {width: 1280, height: 900}})
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('filters the index rows as one types', async () => {
    await page.goto(fileUrl(site, 'index.html'))
    const rows = page.locator('tr[data-row]')
    const total = await rows.count()
    await page.locator('#filter').pressSequentially('RES/9/')
    const visible = page.locator('tr[data-row]:visible')
    const shown = await visible.allTextContents()
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.length).toBeLessThan(total)
    for (const text of shown) expect(text.toLowerCase()).toContain('res/9/')
    const hidden = await page.locator('tr[data-row][hidden]').allTextContents()
    for (const text of hidden) expect(text.toLowerCase()).not.toContain('res/9/')
    expect(await page.locator('#shown').textContent()).toBe(`${shown.length} of ${total} rows`)
    await page.locator('#filter').fill('')
    expect(await visible.count()).toBe(total)
  })

  it('follows a citation in a text to the cited instrument’s page', async () => {
    const doc = readInputs([CORPUS_DIR])[1].path
    await page.goto(fileUrl(site, `doc/${fileName(doc)}`))
    const citation = page.locator('main a.cite[href*="instrument/"]').first()
    const key = (await citation.getAttribute('title')) as string
    expect(key).toMatch(/\//)
    await Promise.all([page.waitForURL(/\/instrument\//), citation.click()])
    expect(await page.locator('h1').textContent()).toContain(key)
  })

  it('has no broken link: every page is reachable from the index, every anchor exists', async () => {
    const {server, origin} = await serve(site)
    try {
      // From a page of the same origin outside the site: the site's own pages forbid fetch (their CSP).
      await page.goto(`${origin}/`)
      const crawl = await page.evaluate(async (start) => {
        const docs = new Map<string, Document>()
        const links: [string, string][] = []
        const failed: string[] = []
        const queue = [start]
        let external = 0
        while (queue.length > 0) {
          const url = queue.shift() as string
          if (docs.has(url) || failed.includes(url)) continue
          const res = await fetch(url)
          if (!res.ok) {
            failed.push(url)
            continue
          }
          const doc = new DOMParser().parseFromString(await res.text(), url.endsWith('.svg') ? 'image/svg+xml' : 'text/html')
          docs.set(url, doc)
          for (const a of doc.querySelectorAll('a[href]')) {
            const target = new URL(a.getAttribute('href') as string, url)
            if (target.origin !== location.origin) {
              external++
              continue
            }
            links.push([url, target.href])
            queue.push(target.href.split('#')[0])
          }
        }
        const broken = links.filter(([, to]) => {
          const [file, hash] = to.split('#')
          const doc = docs.get(file)
          return !doc || (hash !== undefined && !doc.getElementById(decodeURIComponent(hash)))
        })
        return {pages: [...docs.keys()].map((u) => new URL(u).pathname.slice(1)).sort(), links: links.length, external, broken, failed}
      }, `${origin}/index.html`)
      expect(crawl.failed).toEqual([])
      expect(crawl.broken).toEqual([])
      expect(crawl.pages).toEqual(filesUnder(site).sort())
      expect(crawl.links).toBeGreaterThan(crawl.pages.length)
      expect(crawl.external).toBeGreaterThan(0)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('renders Chinese with real glyphs, not fallback boxes', async () => {
    const doc = readInputs([CORPUS_DIR])[1].path
    await page.goto(fileUrl(site, `doc/${fileName(doc)}`))
    const glyphs = await page.evaluate(() => {
      const h1 = document.querySelector('h1') as HTMLElement
      const canvas = document.createElement('canvas')
      canvas.width = canvas.height = 64
      const g = canvas.getContext('2d') as CanvasRenderingContext2D
      const draw = (s: string) => {
        g.clearRect(0, 0, 64, 64)
        g.font = getComputedStyle(h1).font
        g.fillText(s, 4, 48)
        return g.getImageData(0, 0, 64, 64).data.join(',')
      }
      // U+E000 is a private-use code point no font here draws: what a missing glyph looks like.
      return {text: h1.textContent, width: h1.getBoundingClientRect().width, zhong: draw('中'), guo: draw('国'), tofu: draw('\uE000'), cjkWidth: g.measureText('中文').width}
    })
    expect(glyphs.text).toMatch(/[\u4e00-\u9fff]/)
    expect(glyphs.width).toBeGreaterThan(0)
    expect(glyphs.cjkWidth).toBeGreaterThan(0)
    expect(glyphs.zhong).not.toBe(glyphs.guo)
    expect(glyphs.zhong).not.toBe(glyphs.tofu)
  })

  it('keeps screenshots of the index, its network and a document as artifacts', async () => {
    mkdirSync(ARTIFACTS, {recursive: true})
    await page.goto(fileUrl(site, 'index.html'))
    await page.screenshot({path: join(ARTIFACTS, 'site-index.png')})
    await page.locator('#network svg').screenshot({path: join(ARTIFACTS, 'site-network.png')})
    await page.goto(fileUrl(site, `doc/${fileName(readInputs([CORPUS_DIR])[1].path)}`))
    await page.locator('article.instrument').first().evaluate((e) => e.scrollIntoView())
    await page.screenshot({path: join(ARTIFACTS, 'site-document.png')})
    for (const name of ['site-index.png', 'site-network.png', 'site-document.png']) expect(statSync(join(ARTIFACTS, name)).size).toBeGreaterThan(10_000)
  })

  it('runs nothing from a hostile input: no dialog, no element or handler of its own', async () => {
    const hostile = buildSite([join(FIXTURES_DIR, 'hostile-input/html-injection.txt')])
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    for (const name of filesUnder(hostile).filter((n) => n.endsWith('.html'))) {
      await page.goto(fileUrl(hostile, name))
      const found = await page.evaluate(() => ({
        foreign: document.querySelectorAll('img, iframe, object, embed, body svg:not(.network)').length,
        handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
        scripts: document.querySelectorAll('script').length
      }))
      expect(found, name).toEqual({foreign: 0, handlers: [], scripts: name === 'index.html' ? 1 : 0})
    }
    expect(dialogs).toEqual([])
  })
})
