import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import * as OpenCC from 'opencc-js'
import {describe, expect, test} from 'vitest'
import {foldScript, foldText, foldWidthCase, isTraditional, mayConvert, toSimplified, traditionalShare} from './normalize.js'

const CORPUS = join(import.meta.dirname, '../../corpus')
const corpus = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(CORPUS, f), 'utf8').replace(/<[^>]+>/g, ''))
const toTraditional = OpenCC.Converter({from: 'cn', to: 'tw'}) as (s: string) => string

describe('foldText', () => {
  test('is length-preserving on the whole corpus, Simplified and Traditional', () => {
    for (const text of corpus) {
      const traditional = toTraditional(text)
      expect(foldText(text)).toHaveLength(text.length)
      expect(foldText(traditional)).toHaveLength(traditional.length)
    }
  })

  test('Traditional and Simplified forms of a corpus sentence fold alike', () => {
    const sentence = '赞赏地注意到联合国毒品和犯罪问题办公室为支持批准和实施《公约》及其各项议定书而开展的宣传和传播活动以及立法援助，'
    expect(corpus.some((t) => t.includes(sentence))).toBe(true)
    const traditional = toTraditional(sentence)
    expect(traditional).not.toBe(sentence)
    expect(foldText(traditional)).toBe(foldText(sentence))
    expect(foldText('代表著多邊')).toBe(foldText('代表着多边'))
  })

  test('Traditional paragraphs of the corpus fold to the Simplified originals', () => {
    let same = 0
    let total = 0
    for (const text of corpus) {
      const a = foldText(text)
      const b = foldText(toTraditional(text))
      for (let i = 0; i < a.length; i++) {
        total++
        if (a[i] === b[i]) same++
      }
    }
    expect(same / total).toBeGreaterThan(0.9999)
  })

  test('full-width ASCII becomes half-width, ideographic space and NBSP become spaces, Latin is lower-cased', () => {
    expect(foldText('具体目标１６．４')).toBe('具体目标16.4')
    expect(foldText('ＣＴＯＣ／ＣＯＰ／ＷＧ．７')).toBe('ctoc/cop/wg.7')
    expect(foldText('大会\u3000第69/197号\u00a0决议')).toBe('大会 第69/197号 决议')
    expect(foldText('Distr.: General')).toBe('distr.: general')
    expect(foldWidthCase('ÉTAT')).toBe('état')
  })

  test('a conversion that would change the UTF-16 length keeps the original character', () => {
    // OpenCC maps U+35F2 to an astral character
    const converted = (OpenCC.Converter({from: 't', to: 'cn'}) as (s: string) => string)('㗲')
    expect(converted.length).not.toBe(1)
    expect(toSimplified('㗲國')).toBe('㗲国')
    expect(foldText('聯合國㗲１')).toBe('联合国㗲1')
  })
})

describe('isTraditional', () => {
  test('tells the corpus from its Traditional conversion', () => {
    for (const text of corpus) {
      expect(isTraditional(text)).toBe(false)
      expect(isTraditional(toTraditional(text))).toBe(true)
      expect(traditionalShare(text)).toBeLessThan(0.01)
      expect(traditionalShare(toTraditional(text))).toBeGreaterThan(0.1)
    }
    expect(traditionalShare('A/69/489')).toBe(0)
  })
})

describe('mayConvert', () => {
  test('is true wherever T → S changes a text: every character, the corpus and its Traditional form', () => {
    const samples: string[] = []
    for (let c = 0x2e80; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) samples.push(String.fromCharCode(c))
    for (let c = 0x20000; c < 0x2fa20; c++) samples.push(String.fromCodePoint(c))
    for (const text of corpus) {
      for (const piece of text.split(/\n+/)) samples.push(piece, toTraditional(piece))
    }
    let unchanged = 0
    for (const s of samples) {
      if (mayConvert(s)) continue
      unchanged++
      expect(toSimplified(s), s).toBe(s)
    }
    // and it does spare most of the work
    expect(unchanged).toBeGreaterThan(samples.length / 2)
    expect(mayConvert('聯合國')).toBe(true)
    expect(mayConvert('联合国')).toBe(false)
  })

  test('foldScript gives what converting every text gives', () => {
    for (const text of corpus) {
      for (const piece of text.split(/\n+/)) {
        for (const s of [piece, toTraditional(piece)]) expect(foldScript(s)).toBe(toSimplified(s).replace(/著/g, '着'))
      }
    }
  })
})
