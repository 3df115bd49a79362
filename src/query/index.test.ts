import {readFileSync, readdirSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import * as OpenCC from 'opencc-js'
import {beforeAll, describe, expect, test} from 'vitest'
import {buildSearchIndex, decodeIndexFile, encodeIndexFile, loadIndex, readIndexFile, search, serializeIndex, writeIndexFile} from './index.js'
import {foldText} from './normalize.js'
import type {SearchDoc, SearchHit, SearchIndex} from './types.js'

const CORPUS = join(import.meta.dirname, '../../corpus')
const toTraditional = OpenCC.Converter({from: 'cn', to: 'tw'}) as (s: string) => string

/**
 * Crude paragraphs of the corpus: blank-line blocks, markup stripped, kind
 * and instrument guessed from the shape of the line. Good enough to search.
 */
function corpusDocs(file: string): SearchDoc[] {
  const docId = file.replace(/\.txt$/, '')
  const docs: SearchDoc[] = []
  let instrument: string | undefined
  readFileSync(join(CORPUS, file), 'utf8')
    .split(/\n\s*\n/)
    .forEach((block, i) => {
      const heading = /^#/.test(block.trim())
      const text = block
        .replace(/<sup>[^<]*<\/sup>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/^#+\s*/, '')
        .trim()
      if (!text || text === '---') return
      const cop = /^第\s*(\d+\/\d+)\s*号(决议|决定)$/.exec(text)
      const ga = /^(\d+\/\d+)\.\s/.exec(text)
      if (cop) instrument = `CTOC/COP/${cop[2] === '决议' ? 'RES' : 'DEC'}/${cop[1]}`
      else if (heading && ga) instrument = `A/RES/${ga[1]}`
      else if (heading && /^[一二三四五六七八九十]+\.\s/.test(text)) instrument = undefined
      const num = /^(\d+)\.\s/.exec(text)
      const kind =
        heading || cop ? 'heading'
        : /^<sup>/.test(block.trim()) ? 'footnote'
        : num ? (instrument ? 'operative' : 'report')
        : instrument && /，$/.test(text) ? 'preamble'
        : 'text'
      const doc: SearchDoc = {id: `${docId}#${String(i).padStart(4, '0')}`, docId, kind, text}
      if (instrument) doc.instrument = instrument
      if (num) doc.label = num[1]
      docs.push(doc)
    })
  return docs
}

const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
const docs = files.flatMap(corpusDocs)
const folded = docs.map((d) => foldText(d.text).replace(/\s+/g, ''))
let index: SearchIndex

beforeAll(() => {
  index = buildSearchIndex(docs)
})

/** Passages of Han characters (no punctuation) quoted from the corpus that occur in exactly one paragraph. */
function uniquePassages(every: number, length: number): {doc: SearchDoc; passage: string}[] {
  const out: {doc: SearchDoc; passage: string}[] = []
  docs.forEach((doc, i) => {
    if (i % every !== 0) return
    const run = [...doc.text.matchAll(/\p{Script=Han}+/gu)].map((m) => m[0]).find((r) => r.length >= length + 4)
    if (!run) return
    const passage = run.slice(2, 2 + length)
    const f = foldText(passage)
    if (folded.filter((t) => t.includes(f)).length === 1) out.push({doc, passage})
  })
  return out
}

const ids = (hits: SearchHit[]): string[] => hits.map((h) => h.id)

describe('search on the corpus', () => {
  test('a passage quoted from a paragraph finds that paragraph first, highlighted', () => {
    const cases = uniquePassages(5, 8)
    expect(cases.length).toBeGreaterThan(40)
    for (const {doc, passage} of cases) {
      const hits = search(index, passage, {limit: 5})
      expect(hits[0]?.id, passage).toBe(doc.id)
      const [start, end] = hits[0].highlights[0]
      expect(doc.text.slice(start, end)).toBe(passage)
      expect(hits[0].snippet).toContain(`【${passage}】`)
    }
  })

  test('keywords scattered over one paragraph find it first', () => {
    const words = ['枪支', '弹药', '定量', '定性', '汲取']
    const expected = docs.filter((d) => words.every((w) => d.text.includes(w)))
    expect(expected).toHaveLength(1)
    const hits = search(index, words.join(' '))
    expect(hits[0].id).toBe(expected[0].id)
    const marked = hits[0].highlights.map(([s, e]) => expected[0].text.slice(s, e))
    for (const w of words) expect(marked).toContain(w)
  })

  test('a Traditional-script query finds the Simplified paragraphs', () => {
    for (const {doc, passage} of uniquePassages(23, 10)) {
      const traditional = toTraditional(passage)
      const hits = search(index, traditional, {limit: 5})
      expect(hits[0].id).toBe(doc.id)
      const simplifiedHits = search(index, passage, {limit: 5})
      expect(hits).toEqual(simplifiedHits)
    }
    // the conversion really changes the queries used
    const changed = uniquePassages(23, 10).filter(({passage}) => toTraditional(passage) !== passage)
    expect(changed.length).toBeGreaterThan(5)
  })

  test('a Simplified query finds Traditional paragraphs; highlights point into the Traditional text', () => {
    const traditionalDocs = docs.map((d) => ({...d, text: toTraditional(d.text)}))
    const tIndex = buildSearchIndex(traditionalDocs)
    const cases = uniquePassages(11, 8).filter(({passage}) => toTraditional(passage) !== passage)
    expect(cases.length).toBeGreaterThan(10)
    for (const {doc, passage} of cases) {
      const hits = search(tIndex, passage, {limit: 3})
      expect(hits[0].id).toBe(doc.id)
      const original = traditionalDocs.find((d) => d.id === doc.id)!.text
      const [start, end] = hits[0].highlights[0]
      expect(original.slice(start, end)).not.toBe(passage)
      expect(foldText(original.slice(start, end))).toBe(foldText(passage))
      expect(hits[0].snippet).toContain(`【${original.slice(start, end)}】`)
    }
  })

  test('full-width １６．４ matches 16.4, and half-width 16.4 matches full-width text', () => {
    const expected = docs.filter((d) => /(?<![0-9.])16\.4(?![0-9])/.test(d.text) || /16\.4\./.test(d.text)).map((d) => d.id)
    expect(expected.length).toBeGreaterThan(2)
    // paragraphs with 16.4 first; then those with only 16 or 4, lower
    const hits = search(index, '１６．４', {limit: 100}).slice(0, expected.length)
    expect(ids(hits).sort()).toEqual([...expected].sort())
    for (const h of hits) {
      const text = docs.find((d) => d.id === h.id)!.text
      expect(h.highlights.map(([s, e]) => text.slice(s, e))).toContain('16.4')
    }

    const target = docs.find((d) => d.id === expected[0])!
    const wide = {...target, id: 'wide', text: target.text.replace('16.4', '１６．４')}
    const wIndex = buildSearchIndex([...docs.filter((d) => d.id !== target.id), wide])
    const wHits = search(wIndex, '16.4', {limit: 100})
    const w = wHits.find((h) => h.id === 'wide')
    expect(w).toBeDefined()
    expect(w!.highlights.map(([s, e]) => wide.text.slice(s, e))).toContain('１６．４')
  })

  test('a symbol query matches inside longer symbols', () => {
    const hits = search(index, 'A/69/489')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits[0].snippet).toContain('【A/69/489】')
    const l4 = search(index, 'L.4/Rev.1')
    expect(l4[0].snippet).toContain('【L.4/Rev.1】')
    // spacing between Han and digits does not matter: 第9/1号决议 finds 第 9/1 号决议
    const spaced = docs.filter((d) => d.text.includes('第 9/1 号决议'))
    expect(spaced.length).toBeGreaterThan(0)
    const resolution = search(index, '第9/1号决议', {limit: 100})
    for (const d of spaced) {
      const hit = resolution.find((h) => h.id === d.id)
      expect(hit).toBeDefined()
      expect(hit!.highlights.map(([s, e]) => d.text.slice(s, e))).toContain('第 9/1 号决议')
    }
  })

  test('a phrase ranks exact (contiguous) matches above scattered ones', () => {
    const scattered: SearchDoc = {id: 'scattered', docId: 'x', kind: 'operative', text: '技术合作和援助，技术与援助，技术培训与援助，技术。'}
    const withScattered = buildSearchIndex([...docs, scattered])
    // as two separate words, the dense short paragraph wins on BM25 …
    expect(search(withScattered, '技术 援助')[0].id).toBe('scattered')
    // … as a phrase, every paragraph containing it comes first
    const phrase = search(withScattered, '技术援助', {limit: 200})
    const contiguous = docs.filter((d) => d.text.includes('技术援助')).length
    expect(contiguous).toBeGreaterThan(5)
    const at = ids(phrase).indexOf('scattered')
    expect(at).toBe(contiguous)
    for (const h of phrase.slice(0, contiguous)) expect(docs.find((d) => d.id === h.id)!.text).toContain('技术援助')
    for (let i = 1; i < phrase.length; i++) expect(phrase[i - 1].score).toBeGreaterThanOrEqual(phrase[i].score)
  })

  test('a single character finds every paragraph containing it', () => {
    const expected = docs.filter((d) => d.text.includes('枪')).map((d) => d.id)
    expect(expected.length).toBeGreaterThan(3)
    const hits = search(index, '槍', {limit: 1000})
    expect(ids(hits).sort()).toEqual(expected.sort())
  })

  test('kind filter', () => {
    const all = search(index, '公约', {limit: 10_000})
    const operative = search(index, '公约', {kind: 'operative', limit: 10_000})
    expect(operative.length).toBeGreaterThan(10)
    expect(operative.length).toBeLessThan(all.length)
    expect(ids(operative)).toEqual(ids(all.filter((h) => h.kind === 'operative')))
    expect(search(index, '公约', {kind: 'no-such-kind'})).toEqual([])
  })

  test('instrument filter: a key, or a prefix ending at a slash', () => {
    const one = search(index, '公约', {instrument: 'CTOC/COP/RES/9/1', limit: 1000})
    expect(one.length).toBeGreaterThan(5)
    for (const h of one) expect(h.instrument).toBe('CTOC/COP/RES/9/1')

    const ninth = search(index, '公约', {instrument: 'CTOC/COP/RES/9', limit: 1000})
    expect(new Set(ninth.map((h) => h.instrument))).toEqual(new Set(['CTOC/COP/RES/9/1', 'CTOC/COP/RES/9/2', 'CTOC/COP/RES/9/3']))
    expect(ids(search(index, '公约', {instrument: 'ctoc/cop/res/9/', limit: 1000}))).toEqual(ids(ninth))

    // 'A/RES/69/19' is not a prefix of 'A/RES/69/197'
    expect(search(index, '大会', {instrument: 'A/RES/69/197'}).length).toBeGreaterThan(0)
    expect(search(index, '大会', {instrument: 'A/RES/69/19'})).toEqual([])
    expect(search(index, '公约', {instrument: 'CTOC/COP/RES/9/1', kind: 'preamble'}).every((h) => h.kind === 'preamble' && h.instrument === 'CTOC/COP/RES/9/1')).toBe(true)
  })

  test('several values of a filter: any of them', () => {
    const both = search(index, '公约', {instrument: ['CTOC/COP/RES/9/1', 'A/RES/69/197'], kind: ['preamble', 'operative'], limit: 1000})
    expect(new Set(both.map((h) => h.instrument))).toEqual(new Set(['CTOC/COP/RES/9/1', 'A/RES/69/197']))
    expect(new Set(both.map((h) => h.kind))).toEqual(new Set(['preamble', 'operative']))
    const separately = [
      ...search(index, '公约', {instrument: 'CTOC/COP/RES/9/1', kind: ['preamble', 'operative'], limit: 1000}),
      ...search(index, '公约', {instrument: 'A/RES/69/197', kind: ['preamble', 'operative'], limit: 1000})
    ]
    expect(ids(both).sort()).toEqual(ids(separately).sort())
  })

  test('snippets are about 80 characters of the original text around the match', () => {
    const cases = docs
      .filter((d) => d.text.length > 250)
      .map((doc) => ({doc, passage: /\p{Script=Han}{6}/u.exec(doc.text.slice(150))?.[0]}))
      .filter((c): c is {doc: SearchDoc; passage: string} => !!c.passage && c.doc.text.indexOf(c.passage) >= 150)
    expect(cases.length).toBeGreaterThan(10)
    for (const {doc, passage} of cases.slice(0, 20)) {
      const hit = search(index, passage, {limit: 100}).find((h) => h.id === doc.id)
      expect(hit, passage).toBeDefined()
      expect(hit!.snippet).toContain(`【${passage}】`)
      const plain = hit!.snippet.replace(/[【】]/g, '')
      expect(plain.length).toBeGreaterThanOrEqual(70) // 80 of the original, runs of whitespace shown as one space
      expect(plain.length).toBeLessThanOrEqual(82)
      expect(plain.startsWith('…')).toBe(true)
      expect(doc.text.replace(/\s+/g, ' ')).toContain(plain.replace(/^…|…$/g, ''))
    }
  })

  test('queries without searchable characters, or with unknown terms, find nothing', () => {
    expect(search(index, '')).toEqual([])
    expect(search(index, '，。《》 —')).toEqual([])
    expect(search(index, '量子纠缠')).toEqual([])
    expect(search(index, '公约', {limit: 0})).toEqual([])
  })
})

describe('determinism', () => {
  test('ties are broken by id, whatever the input order', () => {
    const same = ['p3', 'p1', 'p2'].map((id) => ({id, docId: 'd', kind: 'operative', text: '请联合国毒品和犯罪问题办公室继续提供技术援助'}))
    const hits = search(buildSearchIndex(same), '技术援助')
    expect(ids(hits)).toEqual(['p1', 'p2', 'p3'])
    expect(new Set(hits.map((h) => h.score)).size).toBe(1)
  })

  test('the order of the input paragraphs does not change results', () => {
    const reversed = buildSearchIndex([...docs].reverse())
    for (const q of ['技术援助', '审议机制', '枪支 数据', '第 9/1 号决议', '國際合作']) expect(search(reversed, q)).toEqual(search(index, q))
  })
})

describe('stored index', () => {
  const queries = ['技术援助', '審議機制', '１６．４', '枪', 'CTOC/COP/2018/L.4/Rev.1', '收集 数据 枪支']
  const expectSame = (loaded: SearchIndex): void => {
    for (const q of queries) {
      expect(search(loaded, q, {limit: 50})).toEqual(search(index, q, {limit: 50}))
      expect(search(loaded, q, {kind: 'operative'})).toEqual(search(index, q, {kind: 'operative'}))
      expect(search(loaded, q, {instrument: 'CTOC/COP/RES/9'})).toEqual(search(index, q, {instrument: 'CTOC/COP/RES/9'}))
    }
  }

  test('serialize → JSON → load gives identical results', () => {
    const json = JSON.stringify(serializeIndex(index))
    const loaded = loadIndex(JSON.parse(json))
    expect(loaded.n).toBe(docs.length)
    expectSame(loaded)
  })

  test('index file round trip gives identical results', () => {
    expectSame(decodeIndexFile(encodeIndexFile(index)))
    const dir = mkdtempSync(join(tmpdir(), 'reskb-search-'))
    try {
      writeIndexFile(join(dir, 'search.idx'), index)
      expectSame(readIndexFile(join(dir, 'search.idx')))
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  test('texts with Traditional script, astral characters and odd whitespace survive storage', () => {
    const odd: SearchDoc[] = [
      {id: 'a', docId: 'x', kind: 'text', text: '聯合國\u00a0毒品和犯罪問題辦公室 𠀀𠀁 Ａ/ＲＥＳ/６９/１９７'},
      {id: 'b', docId: 'x', kind: 'text', text: ''},
      {id: 'c', docId: 'x', kind: 'heading', instrument: 'A/RES/69/197', label: 'a', text: '大会第69/197号决议'}
    ]
    const built = buildSearchIndex(odd)
    const loaded = loadIndex(JSON.parse(JSON.stringify(serializeIndex(built))))
    for (const q of ['联合国', 'a/res/69/197', '𠀀𠀁', '犯罪问题']) {
      expect(search(loaded, q)).toEqual(search(built, q))
      expect(search(loaded, q).length).toBeGreaterThan(0)
    }
    expect(search(built, 'A/RES/69/197').map((h) => h.id)).toEqual(['a', 'c'].sort())
  })

  test('an empty index stores, loads and finds nothing', () => {
    const empty = loadIndex(JSON.parse(JSON.stringify(serializeIndex(buildSearchIndex([])))))
    expect(empty.n).toBe(0)
    expect(search(empty, '公约')).toEqual([])
    expect(search(decodeIndexFile(encodeIndexFile(empty)), '公约')).toEqual([])
  })

  test('loading rejects what is not an index', () => {
    expect(() => loadIndex(null)).toThrow()
    expect(() => loadIndex({format: 'something-else'})).toThrow()
    const stored = serializeIndex(index)
    expect(() => loadIndex({...stored, version: 999})).toThrow(/version/)
    expect(() => loadIndex({...stored, blobs: {...stored.blobs, postings: ''}})).toThrow()
    expect(() => decodeIndexFile(Buffer.from('not an index'))).toThrow()
  })
})
