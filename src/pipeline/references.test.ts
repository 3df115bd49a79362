/**
 * References as the pipeline places them: the (kind, key) multiset of every
 * corpus document equals gold, on the corpus and on every layout variant;
 * offsets point at the surface in the original input; paragraph references and
 * footnote markers link to what they mean.
 */
import {describe, expect, it} from 'vitest'
import {parseDocument} from './parse-document.js'
import {scoreReferences} from '../refs/index.js'
import {CORPUS_FILES, VARIANTS, corpusText, gold, variantBytes} from '../../test/support/corpus.js'
import type {Document} from '../kb/schema.js'

const citations = (doc: Document) => doc.references.filter((r) => r.kind !== 'footnote')
const multiset = (refs: {kind: string; key: string}[]) => refs.map((r) => `${r.kind} ${r.key}`).sort()
const squash = (s: string) => s.replace(/\s+/g, '')
/** Markup that may stand inside a reference's source range. */
const unmark = (s: string) => squash(s.replace(/<sup>[^<]*<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*\*|\[|\]\(#\)/g, ''))

describe('reference multisets equal gold', () => {
  for (const file of CORPUS_FILES) {
    it(file, () => {
      const doc = parseDocument(corpusText(file), {path: file})
      expect(multiset(citations(doc))).toEqual(multiset(gold(file).references))
    })
  }
  for (const variant of VARIANTS) {
    it(`${variant.name}: F1 ≥ 0.98 for every kind and in total`, () => {
      const found: {kind: string; key: string}[] = []
      const expected: {kind: string; key: string}[] = []
      for (const file of CORPUS_FILES) {
        const doc = parseDocument(variantBytes(variant, corpusText(file)), {path: file})
        for (const r of citations(doc)) found.push({kind: r.kind, key: `${file}|${r.key}`})
        for (const r of gold(file).references) expected.push({kind: r.kind, key: `${file}|${r.key}`})
      }
      const score = scoreReferences(found, expected)
      for (const k of [...score.perKind, score.total]) expect(k.f1, `${k.kind}: fp ${k.fp}, fn ${k.fn}`).toBeGreaterThanOrEqual(0.98)
    })
  }
})

describe('reference places', () => {
  it('source offsets cover the surface in the original input', () => {
    for (const file of CORPUS_FILES) {
      const text = corpusText(file)
      for (const r of citations(parseDocument(text, {path: file}))) {
        expect(unmark(text.slice(r.sourceStart, r.sourceEnd)), `${file} ${r.key}`).toBe(squash(r.surface))
      }
    }
  })

  it('offsets into the container text give the surface', () => {
    const doc = parseDocument(corpusText('003_e1ad52332a936a69.txt'), {path: '003'})
    const texts = new Map<string, string>()
    for (const inst of doc.instruments) for (const p of [...inst.preamble, ...inst.operative]) texts.set(p.id, p.text)
    for (const f of doc.footnotes) texts.set(f.id, f.text)
    for (const r of citations(doc)) {
      const t = texts.get(r.in)
      if (t !== undefined) expect(t.slice(r.start, r.end)).toBe(r.surface)
    }
  })

  it('keeps Traditional surfaces in the original script', () => {
    const variant = VARIANTS.find((v) => v.traditional)!
    const text = variant.transform(corpusText('000_72cb1ed1b35ea5b9.txt'))
    const doc = parseDocument(variantBytes(variant, corpusText('000_72cb1ed1b35ea5b9.txt')), {path: '000'})
    const ref = doc.references.find((r) => r.key === 'A/RES/68/193')!
    expect(ref.surface).toBe('大會2013年12月18日第68/193號決議')
    expect(text.slice(ref.sourceStart, ref.sourceEnd)).toBe(ref.surface)
  })

  it('marks references in footnotes and tables', () => {
    const doc = parseDocument(corpusText('001_419ad46391bfdb07.txt'), {path: '001'})
    const inTables = citations(doc).filter((r) => r.container === 'table')
    expect(inTables.length).toBeGreaterThanOrEqual(64)
    expect(inTables.every((r) => r.kind === 'article')).toBe(true)
    const fn = citations(doc).filter((r) => r.container === 'footnote')
    expect(fn.some((r) => r.key === 'UNTS/2225/39574')).toBe(true)
  })

  it('links a paragraph reference to the paragraph of the same instrument', () => {
    const doc = parseDocument(corpusText('003_e1ad52332a936a69.txt'), {path: '003'})
    const ref = doc.references.find((r) => r.kind === 'paragraph')!
    expect(ref.key).toBe('para52')
    const op52 = doc.instruments[0].operative.find((p) => p.label === '52')!
    expect(ref.target?.paragraph).toBe(op52.id)
  })

  it('gives every footnote marker a reference linked to its definition', () => {
    for (const file of CORPUS_FILES) {
      const doc = parseDocument(corpusText(file), {path: file})
      const markers = doc.references.filter((r) => r.kind === 'footnote')
      expect(markers.length).toBe(gold(file).footnotes.reduce((n, f) => n + f.refs, 0))
      for (const m of markers) expect(doc.footnotes.find((f) => f.id === m.target?.footnote)?.n, m.surface).toBe(m.key.slice(2))
    }
  })

  it('links UN symbols and GA resolutions to the official document system, never treaty-body keys', () => {
    const doc = parseDocument(corpusText('003_e1ad52332a936a69.txt'), {path: '003'})
    expect(doc.references.find((r) => r.key === 'A/69/489')?.url).toBe('https://undocs.org/zh/A/69/489')
    expect(doc.references.find((r) => r.key === 'A/RES/68/193')?.url).toBe('https://undocs.org/zh/A/RES/68/193')
    const cop = parseDocument(corpusText('000_72cb1ed1b35ea5b9.txt'), {path: '000'})
    expect(cop.references.filter((r) => r.key.startsWith('CTOC/COP/')).every((r) => r.url === null)).toBe(true)
  })
})
