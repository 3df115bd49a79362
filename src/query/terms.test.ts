import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import * as OpenCC from 'opencc-js'
import {describe, expect, test} from 'vitest'
import {SearchIndexBuilder, buildSearchIndex} from './build.js'
import {encodeIndexFile} from './file.js'
import {foldText} from './normalize.js'
import {TermTable, decodeParagraphTerms, encodeParagraphTerms, hanKey, paragraphTerms, readStream} from './terms.js'
import {tokenize} from './tokenize.js'
import type {SearchDoc} from './types.js'

const CORPUS = join(import.meta.dirname, '../../corpus')
const toTraditional = OpenCC.Converter({from: 'cn', to: 'tw'}) as (s: string) => string
const paragraphs = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split(/\n\s*\n/))
  .map((p) => p.replace(/<[^>]+>/g, '').trim())
  .filter((p) => p !== '')
const ODD = [
  '聯合國\u00a0毒品和犯罪問題辦公室 𠀀𠀁 Ａ/ＲＥＳ/６９/１９７',
  '𠮷',
  '联𠮷 𠮷联 𠮷𠮷𠮷',
  '〇々 ヶ月間の調査',
  'a.b.c.d.e.f.g.h.i.j.k.l.m 16.4.2 CTOC/COP/2018/L.4/Rev.1',
  '代表著多邊',
  '',
  '  \t ',
  '联合国'.repeat(1500)
]
const texts = [...paragraphs, ...paragraphs.slice(0, 40).map(toTraditional), ...ODD]

/** term → tf of each paragraph, read back from counted terms. */
function counts(terms: ReturnType<typeof paragraphTerms>): Map<string, number>[] {
  const names: string[] = []
  let s = 0
  for (const key of terms.keys) names.push(key !== 0 ? (key > 0xffff ? String.fromCharCode(key >>> 16, key & 0xffff) : String.fromCharCode(key)) : terms.strings[s++])
  const out: Map<string, number>[] = []
  readStream(
    terms.stream,
    terms.paragraphs,
    (id, tf) => out[out.length - 1].set(names[id], tf),
    () => out.push(new Map())
  )
  return out
}

function tally(terms: string[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1)
  return m
}

describe('counting terms', () => {
  test('gives the terms of tokenize(), counted, for every paragraph', () => {
    const counted = counts(paragraphTerms(texts))
    expect(counted).toHaveLength(texts.length)
    texts.forEach((text, i) => expect(counted[i], text.slice(0, 30)).toEqual(tally(tokenize(foldText(text), 'index'))))
  })

  test('lists the paragraphs that script folding changes, with their folded text', () => {
    const {simplified} = paragraphTerms(['联合国', '聯合國', '代表著'])
    expect(simplified).toEqual([
      [1, '联合国'],
      [2, '代表着']
    ])
  })

  test('survives its byte encoding', () => {
    const terms = paragraphTerms(texts)
    const again = decodeParagraphTerms(encodeParagraphTerms(terms))
    expect(again.paragraphs).toBe(terms.paragraphs)
    expect([...again.keys]).toEqual([...terms.keys])
    expect(again.strings).toEqual(terms.strings)
    expect(again.simplified).toEqual(terms.simplified)
    expect(Buffer.from(again.stream).equals(Buffer.from(terms.stream))).toBe(true)
    expect(() => decodeParagraphTerms(encodeParagraphTerms(terms).subarray(0, 3))).toThrow()
  })

  test('a Han unigram or bigram has one id whether it comes as a key or as a string', () => {
    const table = new TermTable()
    expect(table.id('合国')).toBe(table.keyId(hanKey('合国')))
    expect(table.id('联')).toBe(table.keyId(hanKey('联')))
    expect(hanKey('𠮷')).toBe(-1)
    expect(hanKey('a/1')).toBe(-1)
    expect(table.term(table.id('合国'))).toBe('合国')
    expect(table.term(table.id('𠮷联'))).toBe('𠮷联')
  })
})

describe('SearchIndexBuilder', () => {
  const docs: SearchDoc[] = texts.map((text, i) => ({id: `p${String(i).padStart(4, '0')}`, docId: `d${i % 7}`, kind: i % 3 ? 'operative' : 'report', text}))
  const expected = encodeIndexFile(buildSearchIndex(docs))

  test('with terms counted elsewhere, in pieces interned in any order, gives the same bytes', () => {
    const pieces: SearchDoc[][] = []
    for (let i = 0; i < docs.length; i += 17) pieces.push(docs.slice(i, i + 17))
    const shipped = pieces.map((p) => encodeParagraphTerms(paragraphTerms(p.map((d) => d.text))))
    const builder = new SearchIndexBuilder()
    const interned = new Array(pieces.length)
    // arrival order: odd pieces backwards, then even ones
    const order = [...pieces.keys()].sort((a, b) => (a % 2) - (b % 2) || b - a)
    for (const i of order) interned[i] = builder.intern(decodeParagraphTerms(shipped[i]))
    // some pieces counted by the builder itself
    pieces.forEach((p, i) => builder.add(p, i % 5 === 2 ? undefined : interned[i]))
    expect(encodeIndexFile(builder.finish()).equals(expected)).toBe(true)
  })

  test('terms interned for paragraphs never added leave no trace; a finished builder takes nothing more', () => {
    const builder = new SearchIndexBuilder()
    builder.intern(paragraphTerms(['量子纠缠 quantum']))
    builder.add(docs.slice(0, 5))
    expect(encodeIndexFile(builder.finish()).equals(encodeIndexFile(buildSearchIndex(docs.slice(0, 5))))).toBe(true)
    expect(() => builder.finish()).toThrow(/finished/)
    expect(() => builder.add(docs.slice(0, 1))).toThrow(/finished/)
  })

  test('refuses terms of another builder or of another number of paragraphs', () => {
    const terms = paragraphTerms(['一', '二'])
    const other = new SearchIndexBuilder().intern(terms)
    const builder = new SearchIndexBuilder()
    expect(() => builder.add(docs.slice(0, 2), other)).toThrow(/another builder/)
    expect(() => builder.add(docs.slice(0, 3), builder.intern(terms))).toThrow(/paragraphs/)
  })
})
