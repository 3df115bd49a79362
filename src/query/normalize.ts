/**
 * Length-preserving text folding for matching.
 *
 * Every function here maps a string to one of the same UTF-16 length, so an
 * offset found in the folded copy is an offset in the original text.
 */
import * as OpenCC from 'opencc-js'
import {toSimplified, traditionalShare} from '../ingest/script.js'

export {toSimplified, traditionalShare}

// Full-width ASCII, ideographic space, NBSP and the typographic spaces, and
// upper-case Latin letters: the only characters foldWidthCase changes.
const WIDTH_CASE = /[\uff01-\uff5e\u3000\u00a0\u2002-\u200a]|(?=\p{Script=Latin})\p{Lu}/gu

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0)
  if (code >= 0xff01 && code <= 0xff5e) {
    const half = String.fromCharCode(code - 0xfee0)
    const lower = half.toLowerCase()
    return lower
  }
  if (code === 0x3000 || code === 0xa0 || (code >= 0x2002 && code <= 0x200a)) return ' '
  const lower = ch.toLowerCase()
  return lower.length === ch.length ? lower : ch
}

/** Width and case folding only (no script conversion); length-preserving. */
export function foldWidthCase(s: string): string {
  WIDTH_CASE.lastIndex = 0
  if (!WIDTH_CASE.test(s)) return s
  WIDTH_CASE.lastIndex = 0
  return s.replace(WIDTH_CASE, foldChar)
}

/**
 * Characters T → S leaves ambiguous: 著 is both a Traditional form of 着 and
 * a Simplified character of its own, so OpenCC keeps it; the fold merges them
 * so that 代表着 and 代表著 match.
 */
const AMBIGUOUS = /著/g

/**
 * Where T → S can change a text: per UTF-16 unit, 1 when a one-character key
 * of the conversion starts with it, 2 when only longer keys do (`phrases`
 * has them). OpenCC's converter (its `t2s` configuration: normalisation of
 * compatibility ideographs, then the T → S dictionaries) matches keys at each
 * position and copies every other character, so a text with no key anywhere
 * converts to itself; nearly every paragraph of a Simplified text has none,
 * and looking is three times cheaper than converting. Without that
 * configuration (another opencc-js), every text is converted.
 */
let starts: Uint8Array | null | undefined
const phrases = new Map<number, string[]>()

function keyStarts(): Uint8Array | null {
  if (starts !== undefined) return starts
  type DictLike = string | readonly (readonly [string, string])[]
  const config = (OpenCC.Locale as {configs?: Record<string, {normalizationChain?: DictLike[][]; conversionChain?: DictLike[][]}>}).configs?.t2s
  if (!config?.conversionChain) return (starts = null)
  const table = new Uint8Array(0x10000)
  // The segmentation dictionary only cuts the text; the chains convert it.
  const dicts = [...(config.normalizationChain ?? []), ...config.conversionChain].flat()
  for (const dict of dicts) {
    const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict
    for (const [key] of entries) {
      if (!key) continue
      const c = key.charCodeAt(0)
      if (key.length === 1 || (key.length === 2 && c >= 0xd800 && c <= 0xdbff)) table[c] = 1
      else {
        if (table[c] === 0) table[c] = 2
        const list = phrases.get(c)
        if (list) list.push(key)
        else phrases.set(c, [key])
      }
    }
  }
  starts = table
  return table
}

/** False when no key of the T → S conversion occurs in `s` (then toSimplified(s) === s). */
export function mayConvert(s: string): boolean {
  const table = keyStarts()
  if (!table) return true
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const t = table[c]
    if (t === 1) return true
    if (t === 2) for (const key of phrases.get(c)!) if (s.startsWith(key, i)) return true
  }
  return false
}

/** Script-only fold: T → S plus the ambiguous merges (no width/case change). */
export function foldScript(s: string): string {
  const simple = mayConvert(s) ? toSimplified(s) : s
  return simple.includes('著') ? simple.replace(AMBIGUOUS, '着') : simple
}

/**
 * The matching fold: Traditional → Simplified, full-width ASCII → half-width,
 * U+3000 / NBSP → space, Latin lower-cased. `foldText(s).length === s.length`.
 */
export function foldText(s: string): string {
  return foldWidthCase(foldScript(s))
}

/** True when the text reads as Traditional script (share above `threshold`). */
export function isTraditional(s: string, threshold = 0.02): boolean {
  return traditionalShare(s) > threshold
}
