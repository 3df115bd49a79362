/** Chinese numerals as UN texts print them: 一 … 九十九, 一百二十三, 〇/零. */

const DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9
}
const UNIT: Record<string, number> = {'十': 10, '百': 100, '千': 1000}

export const CHINESE_NUMERAL = '[〇零一二两三四五六七八九十百千]+'

/** Value of a Chinese numeral (`三十二` → 32), or NaN when it is not one. */
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
  if (/^\d+$/.test(label)) return Number(label)
  if (/^[IVXLC]+$/.test(label)) return romanToNumber(label)
  return chineseToNumber(label)
}
