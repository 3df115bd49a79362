/** Numbers as UN Chinese texts print them: Arabic, Chinese (`三十二`), Roman (`XXX`). */

const DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9
}
const UNIT: Record<string, number> = {'十': 10, '百': 100, '千': 1000}

/** Regex source of one Chinese numeral. */
export const ZH_NUM = '[〇○零一二两三四五六七八九十百千]+'
/** Regex source of one Arabic or Chinese numeral. */
export const ANY_NUM = `(?:\\d+|${ZH_NUM})`

/** `三十二` → 32, `一百零五` → 105, `十` → 10; NaN when not a numeral. */
export function zhToNumber(s: string): number {
  if (s === '') return NaN
  let total = 0
  let digit = -1
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]
    else if (ch in UNIT) {
      total += (digit < 0 ? 1 : digit) * UNIT[ch]
      digit = -1
    } else return NaN
  }
  return digit > 0 ? total + digit : total
}

/** Digit by digit (`一九四八` → 1948), as years are printed. */
export function zhDigitsToNumber(s: string): number {
  let n = 0
  for (const ch of s) {
    const d = DIGIT[ch]
    if (d === undefined) return NaN
    n = n * 10 + d
  }
  return s === '' ? NaN : n
}

/** Arabic or Chinese numeral → number. */
export function toNumber(s: string): number {
  const t = s.replace(/\s+/g, '')
  if (/^\d+$/.test(t)) return Number(t)
  return zhToNumber(t)
}

/** `(三)` → `c`: the n-th lower-case letter for a numbered sub-paragraph. */
export function letterOf(n: number): string {
  return n >= 1 && n <= 26 ? String.fromCharCode(96 + n) : String(n)
}
