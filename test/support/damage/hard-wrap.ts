/**
 * Hard wrapping as PDF-to-text conversion does it: every line broken after
 * `width` visible characters, mid-word, mid-number and mid-symbol alike.
 */
import {BLOCK_MARK, atoms, breakAllowed, isBlank, isTabRow} from './lines.js'

/** Visible width of an atom: a `<sup>` marker shows its digits, `**` and `](…)` show nothing. */
function visibleWidth(atom: string): number {
  if (atom.startsWith('<sup>')) return [...atom.slice(5, -6)].length
  if (atom === '**' || atom.startsWith('](')) return 0
  return 1
}

/**
 * One line as printed lines of at most `width` visible characters (longer only
 * where a break must wait: before a footnote marker, next to `**`). A heading
 * mark, bullet or quote mark stays whole at the start of the first piece and is
 * not counted. Blank lines and tab rows (tables, contents) come back whole.
 */
export function wrapLine(line: string, width: number): string[] {
  if (isBlank(line) || isTabRow(line)) return [line]
  const mark = BLOCK_MARK.exec(line)?.[0] ?? ''
  const list = atoms(line.slice(mark.length))
  const pieces: string[] = []
  let piece = mark
  let shown = 0
  list.forEach((atom, i) => {
    if (shown >= width && breakAllowed(list, i)) {
      pieces.push(piece)
      piece = ''
      shown = 0
    }
    piece += atom
    shown += visibleWidth(atom)
  })
  pieces.push(piece)
  return pieces
}

/** `hardWrap(width)`: every line of the text wrapped at `width` (the seed is not used: wrapping has no chance in it). */
export function hardWrap(width: number): (text: string, seed: number) => string {
  if (!Number.isInteger(width) || width < 1) throw new RangeError(`hardWrap: width must be a positive integer, got ${width}`)
  return (text) =>
    text
      .split('\n')
      .flatMap((line) => wrapLine(line, width))
      .join('\n')
}
