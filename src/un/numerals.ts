/** Numbers as UN Chinese texts print them: Arabic, Chinese (`三十二`, `一九四八`), Roman (`XXX`). */

const DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9
}
const UNIT: Record<string, number> = {'十': 10, '百': 100, '千': 1000}

/** Regex source of one Chinese numeral. */
export const CHINESE_NUMERAL = '[〇○零一二两三四五六七八九十百千]+'

/** `三十二` → 32, `一百零五` → 105, `十` → 10; NaN when not a numeral. */
export function chineseToNumber(s: string): number {
  if (s === '') return NaN
  let total = 0
  let digit = -1
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]
    } else if (ch in UNIT) {
      total += (digit < 0 ? 1 : digit) * UNIT[ch]
      digit = -1
    } else {
      return NaN
    }
  }
  return digit > 0 ? total + digit : total
}

/** Digit by digit (`一九四八` → 1948), as years are printed. */
export function chineseDigitsToNumber(s: string): number {
  let n = 0
  for (const ch of s) {
    const d = DIGIT[ch]
    if (d === undefined) return NaN
    n = n * 10 + d
  }
  return s === '' ? NaN : n
}

const ROMAN: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100}

export function romanToNumber(s: string): number {
  let total = 0
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]]
    if (v === undefined) return NaN
    const next = ROMAN[s[i + 1]] ?? 0
    total += v < next ? -v : v
  }
  return total
}

/** Arabic, Chinese or Roman label → number (NaN when none). */
export function labelNumber(label: string): number {
  const t = label.replace(/\s+/g, '')
  if (/^\d+$/.test(t)) return Number(t)
  if (/^[IVXLC]+$/.test(t)) return romanToNumber(t)
  return chineseToNumber(t)
}

/** A number as printed in a heading: Arabic, Chinese with units (`五十四`) or digit by digit (`一一`, `一九四六`). */
export function printedNumber(s: string): number {
  const t = s.replace(/\s+/g, '')
  if (/^\d+$/.test(t)) return Number(t)
  return /[十百千]/.test(t) ? chineseToNumber(t) : chineseDigitsToNumber(t)
}

const ROMAN_DIGITS: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]

/** 25 → `XXV`: the General Assembly's session numerals in older resolution numbers. */
export function toRoman(n: number): string {
  let out = ''
  for (const [value, digits] of ROMAN_DIGITS) while (n >= value) (out += digits), (n -= value)
  return out
}
