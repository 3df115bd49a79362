import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {foldText} from './normalize.js'
import {SEGMENT_CHUNK, chunks, segmentWords, tokenize} from './tokenize.js'

const report = readFileSync(join(import.meta.dirname, '../../corpus/001_419ad46391bfdb07.txt'), 'utf8')

describe('tokenize', () => {
  test('Han runs give character bigrams; a lone character stands for itself', () => {
    const terms = tokenize(foldText('第 9/1 号决议'))
    expect(terms).toEqual(expect.arrayContaining(['第', '号决', '决议', '9/1', '9', '1']))
    expect(terms).not.toContain('号')
    expect(tokenize('打击犯罪')).toEqual(expect.arrayContaining(['打击', '击犯', '犯罪']))
  })

  test('symbols are kept whole and in parts; documents also index their sub-sequences', () => {
    const doc = tokenize(foldText('见CTOC/COP/RES/9/1和A/69/489'))
    expect(doc).toEqual(expect.arrayContaining(['ctoc/cop/res/9/1', 'ctoc', 'res', '9', '1', '9/1', 'res/9/1', 'a/69/489', 'a', '69', '489']))
    const query = tokenize(foldText('CTOC/COP/RES/9/1'), 'query')
    expect(query).toEqual(expect.arrayContaining(['ctoc/cop/res/9/1', 'ctoc', 'cop', 'res', '9', '1']))
    expect(query).not.toContain('9/1')
    expect(tokenize(foldText('指标 16.4.2'))).toEqual(expect.arrayContaining(['16.4.2', '16.4', '4.2', '16']))
  })

  test('segmenter words of three or more characters are added; every term occurs in the text', () => {
    const paragraph = report.split('\n').find((l) => l.startsWith('回顾《联合国打击跨国有组织犯罪公约》及其各项议定书'))!
    const folded = foldText(paragraph.replace(/<[^>]+>/g, ''))
    const terms = tokenize(folded)
    const words = segmentWords(folded).filter((w) => Array.from(w).length >= 3)
    expect(words).toContain('议定书')
    expect(words).toContain('重要性')
    expect(terms).toEqual(expect.arrayContaining(words))
    for (const t of terms) expect(folded.includes(t), t).toBe(true)
  })
})

describe('chunks', () => {
  test('a long text is cut after punctuation into pieces no longer than the cap', () => {
    const long = report.replace(/\s+/g, '')
    expect(long.length).toBeGreaterThan(5 * SEGMENT_CHUNK)
    const parts = chunks(long)
    expect(parts.join('')).toBe(long)
    expect(parts.length).toBeGreaterThan(5)
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(SEGMENT_CHUNK)
    for (const p of parts.slice(0, -1)) expect(p.at(-1)).toMatch(/[\p{P}]/u)
  })

  test('without punctuation it cuts at the cap, never inside a surrogate pair', () => {
    const astral = '𠀀'.repeat(SEGMENT_CHUNK)
    const parts = chunks(astral)
    expect(parts.join('')).toBe(astral)
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(SEGMENT_CHUNK)
      expect(p.length % 2).toBe(0)
    }
  })
})
