/** What every query command needs and costs nothing to import: the default knowledge base and terminal tables. */

export const DEFAULT_KB = 'output/kb.json'

// East Asian Wide and Fullwidth ranges (Hangul, CJK, kana, full-width forms): two terminal cells each.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u
// Combining marks and zero-width characters take no cell.
const ZERO = /[\u0300-\u036f\u200b-\u200f\u2060\ufeff]/

function charWidth(ch: string): number {
  if (ZERO.test(ch)) return 0
  return WIDE.test(ch) ? 2 : 1
}

/** Terminal cells a string takes (CJK characters count double). */
export function displayWidth(s: string): number {
  let w = 0
  for (const ch of s) w += charWidth(ch)
  return w
}

/** `s` cut to at most `width` terminal cells, `…` where it was cut. */
export function clipToWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s
  let w = 0
  let out = ''
  for (const ch of s) {
    const cw = charWidth(ch)
    if (w + cw > width - 1) break
    out += ch
    w += cw
  }
  return `${out}…`
}

const GAP = 2
const MIN_COLUMN = 6
/** The last column holds the text a row is about: it keeps at least this much before the others narrow. */
const MIN_TEXT = 30

/** Widths that narrow the widest columns to a common cap (found by bisection) until they sum to `room` or less. */
function capWidths(natural: number[], minimum: number[], room: number): number[] {
  const at = (cap: number) => natural.map((w, i) => Math.min(w, Math.max(cap, minimum[i])))
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0)
  if (sum(natural) <= room) return natural
  let lo = 0
  let hi = Math.max(...natural)
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (sum(at(mid)) <= room) lo = mid
    else hi = mid - 1
  }
  return at(lo)
}

/**
 * Column widths within `total` cells: the last column takes what the others
 * leave, down to MIN_TEXT; below that the others narrow too (never under
 * their header or MIN_COLUMN), and the last column takes what is left, down
 * to MIN_COLUMN. A table that cannot fit keeps those minimums.
 */
function fitWidths(natural: number[], minimum: number[], total: number): number[] {
  const room = total - GAP * (natural.length - 1)
  const others = natural.slice(0, -1)
  const last = natural[natural.length - 1] ?? 0
  const rest = room - others.reduce((a, b) => a + b, 0)
  if (rest >= Math.min(last, MIN_TEXT)) return [...others, Math.min(last, rest)]
  const narrowed = capWidths(others, minimum, room - Math.min(last, MIN_TEXT))
  const text = Math.max(Math.min(last, MIN_COLUMN), Math.min(last, room - narrowed.reduce((a, b) => a + b, 0)))
  return [...narrowed, text]
}

/**
 * A fixed-width text table for the terminal: at most `width` cells wide
 * (Infinity: as wide as its content), cells cut with `…` where they must be.
 * Whitespace runs inside a cell are folded to one space.
 */
export function textTable(header: string[], rows: string[][], width = Infinity): string {
  const cells = rows.map((r) => header.map((_, i) => (r[i] ?? '').replace(/\s+/g, ' ').trim()))
  const natural = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i]))))
  const widths = fitWidths(natural, header.map((h, i) => Math.min(natural[i], Math.max(displayWidth(h), MIN_COLUMN))), width)
  const line = (row: string[]) =>
    row
      .map((c, i) => {
        const cut = clipToWidth(c, widths[i])
        return cut + ' '.repeat(Math.max(0, widths[i] - displayWidth(cut)))
      })
      .join(' '.repeat(GAP))
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}

export {clip} from '../kb/places.js'
