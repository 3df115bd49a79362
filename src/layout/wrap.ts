/**
 * Hard-wrapped text: which line runs on into the next. A line break is a
 * wrap, not a paragraph end, on evidence from the whole document: where
 * paragraphs are set apart by blank lines, a line directly followed by
 * another is wrapped; where the text was broken at a fixed width, a line that
 * fills the width is. A document with neither (one paragraph a line, no blank
 * lines) gives no line that runs on.
 */
import type {Line} from '../parse/lines.js'
import {endsComplete} from '../text/sentence.js'

/** Share of line breaks that must be blank lines for blank lines to mean "paragraph end". */
const BLANK_SEPARATED = 0.3
/** Share of lines that must fill the width for the text to count as wrapped at that width. */
const FULL_SHARE = 0.3
const MIN_LINES = 6

/** A line's length as printed: its text and the digits of its footnote markers. */
function printedLength(line: Line): number {
  let n = line.text.length
  for (const m of line.markers) n += m.label.length
  return n
}

/** The width the text was wrapped at (in characters), or null when it was not. */
export function wrapWidth(lines: Line[]): number | null {
  const lengths = lines.filter((l) => !l.furniture && printedLength(l) >= 8).map(printedLength)
  if (lengths.length < MIN_LINES) return null
  const counts = new Map<number, number>()
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1)
  let best = 0
  let width = 0
  for (const [n] of counts) {
    // Lines broken at width W hold W or a little less (a break before punctuation or a wide letter).
    const near = (counts.get(n) ?? 0) + (counts.get(n - 1) ?? 0) + (counts.get(n - 2) ?? 0)
    if (near > best || (near === best && n > width)) (best = near), (width = n)
  }
  const longer = lengths.filter((n) => n > width + 2).length
  // Text broken at a width breaks mid-sentence: most full lines end without a sentence's punctuation.
  const full = lines.filter((l) => !l.furniture && printedLength(l) >= width - 2 && printedLength(l) <= width)
  const midSentence = full.filter((l) => !endsComplete(l.norm)).length
  return best >= FULL_SHARE * lengths.length && longer <= 0.1 * lengths.length && midSentence * 2 >= full.length ? width : null
}

/** Each line flagged `runsOn` where the evidence says the next line continues it. */
export function markWraps(lines: Line[]): Line[] {
  const breaks = lines.length - 1
  const blankBreaks = lines.filter((l, i) => i > 0 && l.blankBefore > 0).length
  const blankSeparated = breaks >= 2 && blankBreaks >= BLANK_SEPARATED * breaks
  const width = wrapWidth(lines)
  return lines.map((line, i) => {
    const next = lines[i + 1]
    if (!next || next.n !== line.n + 1 || next.blankBefore > 0) return line.runsOn ? {...line, runsOn: false} : line
    const length = printedLength(line)
    const near = width !== null && length >= width - 2
    return blankSeparated || near ? {...line, runsOn: true, fullWidth: width !== null && length >= width} : line
  })
}
