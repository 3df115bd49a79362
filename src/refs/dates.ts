/** Dates as printed in UN Chinese texts: `2014 年 7 月 16 日`, `一九四八年十二月十日`. */
import {zhDigitsToNumber, zhToNumber} from './numerals.js'

const YEAR = '(\\d{4}|[〇○零一二三四五六七八九]{4})'
const MD = '(\\d{1,2}|[一二三四五六七八九十]{1,3})'
/** Regex source of one date; groups: year, month, day. */
export const DATE_SRC = `${YEAR}\\s*年\\s*${MD}\\s*月\\s*${MD}\\s*日`

export const DATE_G = new RegExp(DATE_SRC, 'g')

function part(s: string, digits: boolean): number {
  if (/^\d+$/.test(s)) return Number(s)
  return digits ? zhDigitsToNumber(s) : zhToNumber(s)
}

/** ISO date from the three groups, or undefined when not a calendar date. */
export function isoDate(y: string, m: string, d: string): string | undefined {
  const year = part(y, true)
  const month = part(m, false)
  const day = part(d, false)
  if (!(year > 1900 && year < 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Every date in `text` with its span. */
export function findDates(text: string): {start: number; end: number; iso: string}[] {
  const out: {start: number; end: number; iso: string}[] = []
  DATE_G.lastIndex = 0
  for (let m = DATE_G.exec(text); m; m = DATE_G.exec(text)) {
    const iso = isoDate(m[1], m[2], m[3])
    if (iso) out.push({start: m.index, end: m.index + m[0].length, iso})
  }
  return out
}
