import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {foldText} from './normalize.js'
import {SEGMENT_CHUNK, chunks, longWords, segmentWords, tokenize} from './tokenize.js'

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

describe('longWords', () => {
  const long = (s: string) => segmentWords(s).filter((w) => Array.from(w).length >= 3)

  test('finds the segmenter words of three or more characters, as visiting every segment does', () => {
    const paragraphs = report.split(/\n\s*\n/).map((p) => foldText(p.replace(/<[^>]+>/g, '')))
    let words = 0
    for (const p of paragraphs) {
      expect(longWords(p)).toEqual(long(p))
      words += longWords(p).length
    }
    expect(words).toBeGreaterThan(100)
    for (const s of ['ヶ月間の東京都庁舎', '联合国𠀀𠀁𠀂组织', '聯合國毒品和犯罪問題辦事處', 'a联合国b', '联\u200d合国', '葛\u{e0100}城市民', 'x'.repeat(3000) + '国际刑事法院', '国际刑事法院罗马规约'.repeat(300), '', '一二']) {
      expect(longWords(s), s.slice(0, 20)).toEqual(long(s))
    }
  })

  test('agrees on random mixtures of corpus text, kana, marks, Latin and astral characters', () => {
    let seed = 7
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
    const extra = ['ア', 'ー', 'の', '𠀀', '𠮷', '\u200d', '\ufe00', '\u0301', 'a', '1', '.', '/', ' ', '，', '〇', '々']
    const flat = report.replace(/<[^>]+>/g, '')
    for (let k = 0; k < 1500; k++) {
      const start = Math.floor(rand() * (flat.length - 60))
      let s = flat.slice(start, start + 5 + Math.floor(rand() * 55))
      for (let j = 0; j < 3; j++) {
        const at = Math.floor(rand() * s.length)
        s = s.slice(0, at) + extra[Math.floor(rand() * extra.length)] + s.slice(at)
      }
      expect(longWords(s), s).toEqual(long(s))
    }
  })
})
