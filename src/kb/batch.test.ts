import {cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildFolder, type BatchOptions} from './batch.js'
import {buildKnowledgeBase, readInputs} from './build.js'
import {createProgress} from './progress.js'
import {fingerprintOf} from './version.js'
import {writeOutputs} from './write.js'
import {CORPUS_DIR, FIXTURES_DIR, corpusText} from '../../test/support/corpus.js'
import {filesUnder} from '../../test/support/files.js'

const temp = (name: string) => mkdtempSync(join(tmpdir(), `reskb-${name}-`))

/** Every output file of the in-memory build of these paths. */
function inMemory(paths: string[]): Map<string, Buffer> {
  const out = temp('mem')
  writeOutputs(buildKnowledgeBase(readInputs(paths)), out)
  return readAll(out)
}

/** Every file under `dir` (output/site too), by path relative to it. */
function readAll(dir: string): Map<string, Buffer> {
  return new Map(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f))]))
}

function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()]).toEqual([...expected.keys()])
  for (const [name, bytes] of expected) expect(actual.get(name)!.equals(bytes), name).toBe(true)
}

async function build(paths: string[], options: Partial<BatchOptions> & {out?: string} = {}) {
  const out = options.out ?? temp('out')
  const result = await buildFolder(paths, out, {cache: null, ...options})
  return {...result, out, files: readAll(out)}
}

describe('the batch build', () => {
  let expected: Map<string, Buffer>
  beforeAll(() => {
    expected = inMemory([CORPUS_DIR])
  })

  it.each([2, 1])('gives the same bytes as the in-memory build on corpus/ (%i workers)', async (workers) => {
    const {stats, files} = await build([CORPUS_DIR], {workers, cache: temp('cache')})
    expect(stats.workers).toBe(workers === 1 ? 0 : workers)
    expect(stats.parsed).toBe(5)
    expect([...expected.keys()]).toContain('site/index.html')
    expectSameFiles(files, expected)
  })

  it('reuses cached results for unchanged files, and reports nothing to do when the outputs are current', async () => {
    const cache = temp('cache')
    await build([CORPUS_DIR], {workers: 2, cache})
    const warm = await build([CORPUS_DIR], {workers: 2, cache})
    expect({parsed: warm.stats.parsed, reused: warm.stats.reused, workers: warm.stats.workers, upToDate: warm.stats.upToDate}).toEqual({
      parsed: 0,
      reused: 5,
      workers: 0,
      upToDate: false
    })
    expectSameFiles(warm.files, expected)

    const again = await build([CORPUS_DIR], {workers: 2, cache, out: warm.out})
    expect(again.stats.upToDate).toBe(true)
    expect(again.stats.documents).toBe(5)

    // An output changed in place (same size, same date) is rewritten from the cache: the check reads contents.
    const kbPath = join(warm.out, 'kb.json')
    const before = statSync(kbPath)
    const changed = readFileSync(kbPath)
    changed[changed.length - 2] = changed[changed.length - 2] === 0x7d ? 0x5d : 0x7d
    writeFileSync(kbPath, changed)
    utimesSync(kbPath, before.atime, before.mtime)
    const rewritten = await build([CORPUS_DIR], {workers: 2, cache, out: warm.out})
    expect({upToDate: rewritten.stats.upToDate, parsed: rewritten.stats.parsed}).toEqual({upToDate: false, parsed: 0})
    expectSameFiles(rewritten.files, expected)
  })

  it('parses again a file whose bytes changed, and everything under another fingerprint', async () => {
    const dir = temp('corpus')
    cpSync(CORPUS_DIR, dir, {recursive: true})
    const cache = temp('cache')
    await build([dir], {workers: 2, cache, fingerprint: 'a'.repeat(64)})
    writeFileSync(join(dir, '002_d8f709981c452746.txt'), `${corpusText('002_d8f709981c452746.txt')}\n\n补充一段。\n`)
    const changed = await build([dir], {workers: 2, cache, fingerprint: 'a'.repeat(64)})
    expect({parsed: changed.stats.parsed, reused: changed.stats.reused}).toEqual({parsed: 1, reused: 4})
    expectSameFiles(changed.files, inMemory([dir]))

    const other = await build([dir], {workers: 2, cache, fingerprint: 'b'.repeat(64)})
    expect({parsed: other.stats.parsed, reused: other.stats.reused}).toEqual({parsed: 5, reused: 0})
    // The other fingerprint's entries can never be read again.
    expect(readdirSync(cache)).toEqual(['b'.repeat(16)])
  })

  it('gives refused files their errors on the parallel path, cold and warm', async () => {
    const dir = temp('batch')
    writeFileSync(join(dir, 'a-good.txt'), corpusText('000_72cb1ed1b35ea5b9.txt'))
    writeFileSync(join(dir, 'b-empty.txt'), '')
    writeFileSync(join(dir, 'c-binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]))
    writeFileSync(join(dir, 'd-essay.md'), '春天来了，山上的花都开了。\n')
    symlinkSync(join(dir, 'nowhere'), join(dir, 'e-unreadable.txt'))
    const paths = [dir, join(dir, 'f-missing.txt')]
    const memory = buildKnowledgeBase(readInputs(paths))
    expect(memory.errors.map((e) => e.ruleId)).toEqual(['reskb:empty', 'reskb:binary', 'reskb:unreadable', 'reskb:unreadable'])
    const cache = temp('cache')
    for (const run of ['cold', 'warm']) {
      const {errors, stats, files} = await build(paths, {workers: 2, cache})
      expect(errors, run).toEqual(memory.errors)
      expect(stats.documents, run).toBe(2)
      expectSameFiles(files, inMemory(paths))
    }
  })
})

describe('progress', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = []
    return {isTTY, written, write: (s: string) => written.push(s)}
  }

  it('is silent when stderr is not a terminal', async () => {
    const s = stream(false)
    const p = createProgress(3, s)
    p.file(100, false)
    p.stage('linking')
    p.done()
    await build([CORPUS_DIR], {workers: 1, progress: (n) => createProgress(n, s)})
    expect(s.written).toEqual([])
  })

  it('shows files done, MB/s and refusals on a terminal', () => {
    const s = stream(true)
    let t = 0
    const p = createProgress(2, s, () => (t += 500))
    p.file(1_000_000, false)
    p.file(1_000_000, true)
    expect(s.written.at(-1)).toMatch(/2\/2 files · [\d.]+ MB\/s · 1 refused/)
    p.done()
    expect(s.written.at(-1)).toBe('\r\x1b[K')
  })
})

describe('the pipeline fingerprint', () => {
  function project(): string {
    const root = temp('project')
    mkdirSync(join(root, 'src/kb'), {recursive: true})
    writeFileSync(join(root, 'src/kb/rule.ts'), 'export const rule = 1\n')
    writeFileSync(join(root, 'src/kb/rule.test.ts'), 'test\n')
    writeFileSync(join(root, 'package.json'), JSON.stringify({dependencies: {dep: '^1.0.0'}}))
    mkdirSync(join(root, 'node_modules/dep'), {recursive: true})
    writeFileSync(join(root, 'node_modules/dep/package.json'), JSON.stringify({version: '1.0.0', dependencies: {sub: '*'}}))
    mkdirSync(join(root, 'node_modules/sub'), {recursive: true})
    writeFileSync(join(root, 'node_modules/sub/package.json'), JSON.stringify({version: '2.0.0'}))
    return root
  }
  const of = (root: string) => fingerprintOf(join(root, 'src'), '.ts', root)

  it('changes with a rule, with a package version (also a transitive one), and not with a test', () => {
    const root = project()
    const base = of(root)
    expect(of(root)).toBe(base)
    writeFileSync(join(root, 'src/kb/rule.test.ts'), 'another test\n')
    expect(of(root)).toBe(base)
    writeFileSync(join(root, 'src/kb/rule.ts'), 'export const rule = 2\n')
    const ruleChanged = of(root)
    expect(ruleChanged).not.toBe(base)
    writeFileSync(join(root, 'node_modules/sub/package.json'), JSON.stringify({version: '2.0.1'}))
    expect(of(root)).not.toBe(ruleChanged)
  })
})

describe('a cache that checks itself', () => {
  const entries = (cache: string) => {
    const dir = join(cache, readdirSync(cache)[0])
    return readdirSync(dir).filter((f) => /^[0-9a-f]{64}$/.test(f)).map((f) => join(dir, f))
  }
  const damages: [string, (b: Buffer) => Buffer][] = [
    ['truncated', (b) => b.subarray(0, b.length - 50)],
    ['garbage bytes', (b) => Buffer.concat([b.subarray(0, b.length - 40), Buffer.alloc(40, 0x41)])],
    ['a wrong header', (b) => Buffer.concat([Buffer.from('reskb-cache 2 zzzz 1 2 x y\n'), b.subarray(b.indexOf(10) + 1)])],
    ['another header JSON', (b) => Buffer.from(b.toString('latin1').replace(/"ok":true/, '"ok":3'), 'latin1')]
  ]

  it.each(damages)('discards a %s entry with a diagnostic and parses the file again; kb.json stays valid', async (_, damage) => {
    const cache = temp('cache')
    await build([CORPUS_DIR], {workers: 1, cache})
    for (const entry of entries(cache)) writeFileSync(entry, damage(readFileSync(entry)))
    const again = await build([CORPUS_DIR], {workers: 1, cache})
    expect(again.stats.parsed).toBe(5)
    expect(again.notices.map((n) => n.ruleId)).toEqual(Array(5).fill('reskb:cache-damaged'))
    expectSameFiles(again.files, inMemory([CORPUS_DIR]))
    // The damaged entries were replaced: the next build reads them all.
    expect((await build([CORPUS_DIR], {workers: 1, cache})).stats.reused).toBe(5)
  })

  it('does not call an output up to date when a file changed in place, and fixes it from the cache', async () => {
    const cache = temp('cache')
    const first = await build([CORPUS_DIR], {workers: 1, cache})
    const showIdx = join(first.out, 'show.idx')
    const bytes = readFileSync(showIdx)
    bytes[bytes.length - 3] ^= 1
    writeFileSync(showIdx, bytes)
    const again = await build([CORPUS_DIR], {workers: 1, cache, out: first.out})
    expect({upToDate: again.stats.upToDate, parsed: again.stats.parsed}).toEqual({upToDate: false, parsed: 0})
    expectSameFiles(again.files, inMemory([CORPUS_DIR]))
  })
})

describe('bounded work in the workers', () => {
  it('refuses a file over its time budget with reskb:timeout, and builds the rest', async () => {
    const dir = temp('slow')
    cpSync(CORPUS_DIR, dir, {recursive: true})
    // About 13 MB (under the 16 MB limit): several times the budget even on an idle machine, while each corpus file takes well under a second.
    writeFileSync(join(dir, 'zz-slow.txt'), corpusText('001_419ad46391bfdb07.txt').repeat(120))
    const {errors, stats} = await build([dir], {workers: 2, timeBudgetMs: 5000})
    expect(errors.map((e) => [e.path.split('/').pop(), e.ruleId])).toEqual([['zz-slow.txt', 'reskb:timeout']])
    expect(stats.documents).toBe(5)
  })

  it('gives the same kb.json for deeply nested input on the main thread and in a worker', async () => {
    const dir = temp('nested')
    for (const name of ['list-5000-oneline.txt', 'quote-10000.txt']) cpSync(join(FIXTURES_DIR, 'hostile', name), join(dir, name))
    const one = await build([dir], {workers: 1})
    const two = await build([dir], {workers: 2})
    expect(one.errors).toEqual([])
    expect(two.files.get('kb.json')!.equals(one.files.get('kb.json')!)).toBe(true)
  })
})
