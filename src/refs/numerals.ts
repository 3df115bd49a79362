/** Numbers as UN Chinese texts print them: Arabic, Chinese (`三十二`), Roman (`XXX`). */

import {CHINESE_NUMERAL, chineseDigitsToNumber, chineseToNumber, labelNumber} from '../un/numerals.js'

/** Regex source of one Chinese numeral. */
export const ZH_NUM = CHINESE_NUMERAL
/** Regex source of one Arabic or Chinese numeral. */
export const ANY_NUM = `(?:\\d+|${ZH_NUM})`

export const zhToNumber = chineseToNumber
export const zhDigitsToNumber = chineseDigitsToNumber

/** Arabic or Chinese numeral → number. */
export const toNumber = labelNumber

/** The Heavenly Stems and Earthly Branches, which older texts use as letters: `(甲)` = (a), `(子)` = (a). */
const STEMS = '甲乙丙丁戊己庚辛壬癸'
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥'
export const STEM = `[${STEMS}${BRANCHES}]`

/** A sub-paragraph label as a lower-case letter: `b`, `(二)` → `b`, `(乙)` → `b`, `(丑)` → `b`. */
export function subLetter(label: string): string {
  if (/^[a-z]$/.test(label)) return label
  const stem = STEMS.indexOf(label)
  if (stem >= 0) return letterOf(stem + 1)
  const branch = BRANCHES.indexOf(label)
  if (branch >= 0) return letterOf(branch + 1)
  return letterOf(toNumber(label))
}

/** `(三)` → `c`: the n-th lower-case letter for a numbered sub-paragraph. */
export function letterOf(n: number): string {
  return n >= 1 && n <= 26 ? String.fromCharCode(96 + n) : String(n)
}

/** One `第 … X` numeral list: `第二十四、二十五和三十一条`, `第 14 至 17 条`, `第 8 和第 10 段`. */
export interface NumberList {
  /** offset of `第` */
  start: number
  /** offset just after the terminator */
  end: number
  /** numbers in order, ranges expanded */
  values: number[]
  /** first numeral as printed (tells Arabic from Chinese) */
  first: string
  /** the terminator character */
  term: string
}

const NUM_AT = /\s*(\d+|[〇○零一二两三四五六七八九十百千]+)/y
const ARABIC_AT = /\s*(\d+)/y
const SEP_AT = /(?:\s*(、|,|和|以及|及|与|或)\s*|\s*(至|到|-|–|—|~)\s*)(?:第\s*)?/y
const SPACE_AT = /\s*/y

/**
 * Every `第` + numeral list + terminator in `text`, in one left-to-right pass:
 * a list that ends without a terminator is skipped whole, so a long run of
 * numerals costs its length once (no regex restarting inside it).
 * `inner` holds terminators that may also close each item (`第 8 段和第 10 段`,
 * `第 5 条至第 8 条`).
 */
export function scanNumberLists(text: string, terms: string, opts: {arabic?: boolean; inner?: string} = {}): NumberList[] {
  const out: NumberList[] = []
  const num = opts.arabic ? ARABIC_AT : NUM_AT
  let i = text.indexOf('第')
  while (i >= 0) {
    num.lastIndex = i + 1
    const m = num.exec(text)
    if (!m) {
      i = text.indexOf('第', i + 1)
      continue
    }
    const values = [toNumber(m[1])]
    let pos = num.lastIndex
    // the longest prefix closed by `inner` (`第一款` in `第一款和第三十二条`)
    let innerEnd = -1
    let innerCount = 0
    /** where the first inner term closed a prefix, to split `第七章和第二条` at its change of term */
    let firstInner: {end: number; count: number} | undefined
    for (;;) {
      let p = pos
      if (opts.inner) {
        SPACE_AT.lastIndex = p
        SPACE_AT.exec(text)
        if (opts.inner.includes(text[SPACE_AT.lastIndex] ?? '\u0000')) {
          p = SPACE_AT.lastIndex + 1
          innerEnd = p
          innerCount = values.length
          firstInner ??= {end: p, count: values.length}
        }
      }
      SEP_AT.lastIndex = p
      const s = SEP_AT.exec(text)
      if (!s) break
      num.lastIndex = SEP_AT.lastIndex
      const n = num.exec(text)
      if (!n) break
      const v = toNumber(n[1])
      const prev = values[values.length - 1]
      if (s[2] !== undefined && v > prev && v - prev <= 60) for (let k = prev + 1; k <= v; k++) values.push(k)
      else values.push(v)
      pos = num.lastIndex
    }
    SPACE_AT.lastIndex = pos
    SPACE_AT.exec(text)
    const t = SPACE_AT.lastIndex
    const split = firstInner && text[firstInner.end - 1] !== text[t] ? firstInner : undefined
    if (t < text.length && terms.includes(text[t]) && !split) {
      out.push({start: i, end: t + 1, values: values.filter((v) => Number.isFinite(v) && v > 0), first: m[1], term: text[t]})
      i = text.indexOf('第', t + 1)
    } else if (split && terms.includes(text[t] ?? '')) {
      // `第七章和第二条`: a list ends where its term changes; the rest is scanned as its own list.
      out.push({start: i, end: split.end, values: values.slice(0, split.count).filter((v) => Number.isFinite(v) && v > 0), first: m[1], term: text[split.end - 1]})
      i = text.indexOf('第', split.end)
    } else if (innerEnd > 0) {
      const vs = values.slice(0, innerCount).filter((v) => Number.isFinite(v) && v > 0)
      out.push({start: i, end: innerEnd, values: vs, first: m[1], term: text[innerEnd - 1]})
      i = text.indexOf('第', innerEnd)
    } else {
      i = text.indexOf('第', pos)
    }
  }
  return out
}

const ROMAN_STEPS: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]

/** 17 → `XVII`: General Assembly sessions before 1976 are printed in Roman numerals. */
export function toRoman(n: number): string {
  let out = ''
  for (const [v, r] of ROMAN_STEPS) for (; n >= v; n -= v) out += r
  return out
}
