import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {closestKeys} from './suggest.js'

const CORPUS = join(import.meta.dirname, '../../corpus')
/** Instrument keys named in the corpus: 第 9/1 号决议 → CTOC/COP/RES/9/1, plus the document symbols (A/69/489, …). */
const keys = [
  ...new Set(
    readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => {
        const text = readFileSync(join(CORPUS, f), 'utf8')
        const cop = [...text.matchAll(/第\s*(\d+\/\d+)\s*号(决议|决定)/g)].map((m) => `CTOC/COP/${m[2] === '决议' ? 'RES' : 'DEC'}/${m[1]}`)
        const symbols = [...text.matchAll(/\b(?:A|CTOC)\/[A-Z0-9./]+[A-Z0-9]/g)].map((m) => m[0])
        return [...cop, ...symbols]
      })
  )
].sort()

test('the corpus names enough keys to make this meaningful', () => {
  expect(keys).toContain('CTOC/COP/RES/9/1')
  expect(keys.length).toBeGreaterThan(30)
})

test('a mistyped key (l for 1) suggests the real one first', () => {
  expect(closestKeys('CTOC/COP/RES/9/l', keys)[0]).toBe('CTOC/COP/RES/9/1')
  expect(closestKeys('CTOC/COP/RES/9/l', keys)).toHaveLength(5)
  expect(closestKeys('A/69/498', keys)[0]).toBe('A/69/489')
})

test('keys starting with the input come first, shortest first', () => {
  const got = closestKeys('CTOC/COP/RES/9', keys, 10)
  const prefixed = keys.filter((k) => k.startsWith('CTOC/COP/RES/9'))
  expect(prefixed.length).toBeGreaterThan(1)
  expect(got.slice(0, prefixed.length).sort()).toEqual(prefixed.sort())
  for (let i = 1; i < prefixed.length; i++) expect(got[i].length).toBeGreaterThanOrEqual(got[i - 1].length)
})

test('case and width do not matter; the order of known keys does not either', () => {
  expect(closestKeys('ｃｔｏｃ/cop/res/9/1', keys)[0]).toBe('CTOC/COP/RES/9/1')
  const shuffled = [...keys].reverse()
  for (const q of ['CTOC/COP/RES/9/l', 'CTOC/COP/RES/8', 'A/69/4']) expect(closestKeys(q, shuffled)).toEqual(closestKeys(q, keys))
})

test('nothing similar, nothing suggested', () => {
  expect(closestKeys('XYZ', keys)).toEqual([])
  expect(closestKeys('', keys)).toEqual([])
  expect(closestKeys('CTOC/COP/RES/9/l', keys, 0)).toEqual([])
})
