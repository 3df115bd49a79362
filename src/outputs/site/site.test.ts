import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildKnowledgeBase, readInputs} from '../../kb/build.js'
import type {KnowledgeBase} from '../../kb/schema.js'
import {writeOutputs} from '../../kb/write.js'
import {buildXrefIndex, escapeHtml} from '../../kb/xref-index.js'
import {CORPUS_DIR, FIXTURES_DIR} from '../../../test/support/corpus.js'
import {fileName} from './names.js'
import {sitePages} from './site.js'

const HOSTILE = join(FIXTURES_DIR, 'hostile-input/html-injection.txt')

function site(kb: KnowledgeBase): Map<string, string> {
  return new Map([...sitePages(kb, buildXrefIndex(kb))].map((f) => [f.name, f.data]))
}

const docPage = (pages: Map<string, string>, path: string) => pages.get(`doc/${fileName(path)}`) as string
const ids = (page: string) => [...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1])
/** Every `<a …>…</a>` of a page whose attributes match, as [attributes, inner HTML]. */
const links = (page: string) => [...page.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)].map((m) => ({attrs: m[1], inner: m[2]}))

describe('the static site', () => {
  let kb: KnowledgeBase
  let pages: Map<string, string>
  beforeAll(() => {
    kb = buildKnowledgeBase(readInputs([CORPUS_DIR]))
    pages = site(kb)
  })

  it('has an index, the network, and one page per document, instrument key and referent', () => {
    const index = buildXrefIndex(kb)
    expect(pages.has('index.html')).toBe(true)
    expect(pages.get('network.svg')).toMatch(/^<svg /)
    const names = [...pages.keys()]
    expect(names.filter((n) => n.startsWith('doc/')).length).toBe(kb.documents.length)
    expect(names.filter((n) => n.startsWith('instrument/')).length).toBe(new Set(kb.documents.flatMap((d) => d.instruments.map((i) => i.key))).size)
    expect(names.filter((n) => n.startsWith('referent/')).length).toBe(index.groups.reduce((n, g) => n + g.referents.length, 0))
  })

  it('links every citation in place: its exact surface becomes the link to the instrument page, else to its official document', () => {
    let inKb = 0
    for (const doc of kb.documents) {
      const page = docPage(pages, doc.source.path)
      const found = links(page).map((l) => `${l.attrs.match(/href="([^"]*)"/)?.[1]} ${l.inner}`)
      const citations = doc.references.filter((r) => r.kind !== 'footnote' && r.kind !== 'paragraph')
      // A citation inside a longer one (`A/60/88` in `A/60/88和Corr.2`) is the longer one's link.
      const inner = (r: (typeof citations)[number]) => citations.some((o) => o.in === r.in && o.start <= r.start && r.end <= o.end && o.end - o.start > r.end - r.start)
      for (const ref of citations) {
        if (inner(ref)) continue
        const href = ref.target?.instrument ? `../instrument/${fileName(ref.target.instrument)}` : ref.url
        if (!href) continue
        if (ref.target?.instrument) inKb++
        expect(found, `${ref.key} in ${doc.source.path}`).toContain(`${escapeHtml(href)} ${escapeHtml(ref.surface)}`)
      }
    }
    expect(inKb).toBeGreaterThan(0)
  })

  it('links each footnote marker to its footnote, and the footnote back to the marker', () => {
    const doc = kb.documents.find((d) => d.footnotes.length > 0) as KnowledgeBase['documents'][number]
    const page = docPage(pages, doc.source.path)
    const markers = [...page.matchAll(/<sup class="fn"><a id="([^"]+)" href="#([^"]+)">(\d+)<\/a><\/sup>/g)]
    expect(markers.length).toBe(doc.references.filter((r) => r.kind === 'footnote').length)
    for (const [, marker, footnote] of markers) {
      expect(page).toContain(`<li id="${footnote}">`)
      expect(page).toContain(`href="#${marker}"`)
    }
  })

  it('links the markers of table cells to the table\'s notes', () => {
    const doc = kb.documents.find((d) => d.tables.some((t) => t.notes.length > 0 && [t.header, ...t.rows].flat().some((c) => c.markers.length > 0)))
    expect(doc).toBeDefined()
    const page = docPage(pages, doc!.source.path)
    const table = doc!.tables.find((t) => t.notes.length > 0)!
    const note = page.match(new RegExp(`<p class="note" id="([^"]+)">${table.notes[0].label} `))?.[1]
    expect(note).toBeDefined()
    expect(page).toContain(`<sup class="fn"><a href="#${note}">${table.notes[0].label}</a></sup>`)
  })

  it('marks a citation that runs across table cells in each cell it covers', () => {
    const doc = kb.documents.find((d) => d.references.some((r) => r.container === 'table' && r.surface.includes('\t')))!
    const ref = doc.references.find((r) => r.container === 'table' && r.surface.includes('\t'))!
    const page = docPage(pages, doc.source.path)
    for (const part of ref.surface.split('\t').filter(Boolean)) expect(page).toContain(`<span class="cite" title="${escapeHtml(ref.key)}">${escapeHtml(part)}</span>`)
  })

  it('gives every element of a page its own id', () => {
    for (const [name, page] of pages) {
      const all = ids(page)
      expect(all.length, name).toBe(new Set(all).size)
    }
  })

  it('gives two files with the same bytes a page each, with ids unique on every page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reskb-site-twins-'))
    copyFileSync(join(CORPUS_DIR, '000_72cb1ed1b35ea5b9.txt'), join(dir, 'a.txt'))
    copyFileSync(join(CORPUS_DIR, '000_72cb1ed1b35ea5b9.txt'), join(dir, 'b.txt'))
    const twins = buildKnowledgeBase(readInputs([dir]))
    const twinPages = site(twins)
    const [a, b] = twins.documents.map((d) => docPage(twinPages, d.source.path))
    expect(a).toBeDefined()
    expect(b).toBeDefined()
    expect(a).not.toBe(b)
    for (const [name, page] of twinPages) expect(ids(page).length, name).toBe(new Set(ids(page)).size)
    const instrument = twinPages.get(`instrument/${fileName(twins.documents[0].instruments[0].key)}`) as string
    expect(instrument).toContain('Also printed in')
  })

  it('lets no element or attribute of an input reach a page', () => {
    const hostile = site(buildKnowledgeBase(readInputs([HOSTILE])))
    const allowed = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'a', 'span', 'sup', 'small', 'section', 'article', 'header', 'main', 'div', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'label', 'input', 'code', 'script', 'svg', 'defs', 'marker', 'path', 'line', 'rect', 'text', 'g'])
    for (const [name, page] of hostile) {
      for (const [, tag, attrs] of page.matchAll(/<([!a-zA-Z][\w-]*)([^>]*)>/g)) {
        expect(allowed, `<${tag}> in ${name}`).toContain(tag.toLowerCase())
        expect(attrs, `${tag} in ${name}`).not.toMatch(/\son\w+\s*=/i)
      }
      // The only script is the index page's own filter.
      expect(page.split('<script>').length - 1, name).toBe(name === 'index.html' ? 1 : 0)
    }
    const doc = [...hostile].find(([n]) => n.startsWith('doc/'))?.[1] as string
    expect(doc).toContain('&lt;img src=x onerror=alert(5)&gt;')
    expect(doc).toContain('`&lt;svg onload=alert(6)&gt;`')
  })

  it('is the same, byte for byte, on the same input', () => {
    const again = site(buildKnowledgeBase(readInputs([CORPUS_DIR])))
    expect([...again.keys()]).toEqual([...pages.keys()])
    for (const [name, page] of pages) expect(again.get(name) === page, name).toBe(true)
  })

  it('replaces the site of an earlier build: no stale page stays', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'reskb-site-out-')), 'output')
    writeOutputs(buildKnowledgeBase(readInputs([HOSTILE])), out)
    writeFileSync(join(out, 'site/doc/gone.html'), 'stale')
    writeOutputs(buildKnowledgeBase(readInputs([HOSTILE])), out)
    expect(existsSync(join(out, 'site/doc/gone.html'))).toBe(false)
    expect(readFileSync(join(out, 'site/index.html'), 'utf8')).toContain('A/RES/9/8')
  })
})
