/**
 * Length-preserving text folding for matching.
 *
 * Every function here maps a string to one of the same UTF-16 length, so an
 * offset found in the folded copy is an offset in the original text.
 */
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

/** Script-only fold: T → S plus the ambiguous merges (no width/case change). */
export function foldScript(s: string): string {
  const simple = toSimplified(s)
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
