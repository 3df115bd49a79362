/**
 * Query pieces and their verbatim patterns: phrase checks, highlights, snippets.
 *
 * A piece is a maximal run of Han characters and Latin/number tokens in the
 * folded query (`第9/1号决议`; spaces between Han and digits are dropped, as
 * UN texts print `第 9/1 号决议` and `第9/1号决议` alike). Its pattern matches the
 * T→S-converted paragraph text directly: each Latin character accepts its
 * upper-case and full-width forms, whitespace may stand between Han and Latin.
 * No width/case folding of paragraphs at query time, offsets stay original.
 */
import {ALNUM, LATIN_TOKEN} from './tokenize.js'

export interface Unit {
  text: string
  latin: boolean
}

export interface Piece {
  /** folded piece text, spaces removed */
  text: string
  units: Unit[]
}

const HAN = '\\p{Script=Han}'
const WS_AT_SCRIPT_CHANGE = new RegExp(`(?<=${HAN})\\s+(?=[${ALNUM}])|(?<=[${ALNUM}])\\s+(?=${HAN})`, 'gu')
const PIECE = new RegExp(`(?:${HAN}|${LATIN_TOKEN.source})+`, 'gu')
const UNIT = new RegExp(`(${HAN})|${LATIN_TOKEN.source}`, 'gu')
/** Alphanumerics in any width or case: the boundary of a Latin token in original text. */
const WIDE_ALNUM = 'A-Za-z0-9\\u00c0-\\u024f\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a'

/** Pieces of a folded query, in order, without repeats. */
export function queryPieces(folded: string): Piece[] {
  const joined = folded.replace(WS_AT_SCRIPT_CHANGE, '')
  const seen = new Set<string>()
  const pieces: Piece[] = []
  for (const m of joined.matchAll(PIECE)) {
    if (seen.has(m[0])) continue
    seen.add(m[0])
    const units: Unit[] = []
    for (const u of m[0].matchAll(UNIT)) units.push({text: u[0], latin: u[1] === undefined})
    pieces.push({text: m[0], units})
  }
  return pieces
}

function hex(cp: number): string {
  return `\\u{${cp.toString(16)}}`
}

/** Regex source accepting a folded character in any of the forms that fold to it. */
function wideChar(ch: string): string {
  const cp = ch.codePointAt(0)!
  const forms = new Set<number>([cp])
  const upper = ch.toUpperCase()
  if (upper !== ch && upper.length === ch.length) forms.add(upper.codePointAt(0)!)
  for (const f of [...forms]) if (f >= 0x21 && f <= 0x7e) forms.add(f + 0xfee0)
  if (forms.size === 1) return hex(cp)
  return `[${[...forms].map(hex).join('')}]`
}

/** Source of a pattern for a run of units. */
export function unitsSource(units: Unit[]): string {
  let src = ''
  units.forEach((u, i) => {
    if (i > 0 && units[i - 1].latin !== u.latin) src += '\\s*'
    for (const ch of u.text) src += wideChar(ch)
  })
  if (units[0].latin) src = `(?<![${WIDE_ALNUM}])` + src
  if (units[units.length - 1].latin) src += `(?![${WIDE_ALNUM}])`
  return src
}

/** Pattern of a whole piece (sticky-free, global: reset lastIndex before use). */
export function piecePattern(piece: Piece): RegExp {
  return new RegExp(unitsSource(piece.units), 'gu')
}

/** Whether the piece occurs verbatim in the (T→S converted) text. */
export function occurs(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0
  const found = pattern.test(text)
  pattern.lastIndex = 0
  return found
}

function allMatches(pattern: RegExp, text: string, out: [number, number][]): boolean {
  let found = false
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found = true
    out.push([m.index, m.index + m[0].length])
    if (m[0].length === 0) pattern.lastIndex++
  }
  return found
}

/** Longest piece handled by the unit-by-unit fallback (quadratic in units). */
const MAX_FALLBACK_UNITS = 40

/**
 * Ranges of the text matching the query: every verbatim occurrence of each
 * piece; for a piece not found verbatim, the longest runs of its units that
 * are (greedy, left to right; a lone Han character only if the piece is one).
 * Sorted, overlapping ranges merged.
 */
export function matchRanges(text: string, pieces: Piece[]): [number, number][] {
  const ranges: [number, number][] = []
  for (const piece of pieces) {
    if (allMatches(piecePattern(piece), text, ranges)) continue
    const units = piece.units.slice(0, MAX_FALLBACK_UNITS)
    let i = 0
    while (i < units.length) {
      let next = i + 1
      for (let j = units.length; j > i; j--) {
        if (j - i === 1 && !units[i].latin && units.length > 1) break
        if (allMatches(new RegExp(unitsSource(units.slice(i, j)), 'gu'), text, ranges)) {
          next = j
          break
        }
      }
      i = next
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: [number, number][] = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

export const SNIPPET_WIDTH = 80
export const MARK_OPEN = '【'
export const MARK_CLOSE = '】'

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

/**
 * About `width` characters of `text` around the best range (the longest, the
 * first of equals), every range inside marked 【…】, whitespace runs as one
 * space, `…` where the text was cut.
 */
export function makeSnippet(text: string, ranges: [number, number][], width = SNIPPET_WIDTH): string {
  let start = 0
  let end = Math.min(text.length, width)
  if (ranges.length > 0) {
    let best = ranges[0]
    for (const r of ranges) if (r[1] - r[0] > best[1] - best[0]) best = r
    const len = best[1] - best[0]
    start = Math.max(0, best[0] - Math.max(0, Math.floor((width - len) / 2)))
    end = Math.min(text.length, Math.max(best[1], start + width))
    start = Math.max(0, Math.min(start, end - width))
  }
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++
  let out = start > 0 ? '…' : ''
  let pos = start
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue
    const s = Math.max(a, start)
    const e = Math.min(b, end)
    out += text.slice(pos, s) + MARK_OPEN + text.slice(s, e) + MARK_CLOSE
    pos = e
  }
  out += text.slice(pos, end)
  if (end < text.length) out += '…'
  return out.replace(/\s+/g, ' ').trim()
}
