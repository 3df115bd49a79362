/**
 * How the damage generators read a Markdown line: its block mark (heading
 * `#`, bullet, quote), its atoms (the units a line may be broken between)
 * and whether it opens a new block or continues a paragraph.
 */

/** Heading marks, list bullets and quote marks at a line start. */
export const BLOCK_MARK = /^ {0,3}(?:#{1,6}(?=[ \t]|$)|[-+*](?=[ \t])|>)[ \t]*/

export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/**
 * Markup a line break never cuts: a `<sup>…</sup>` marker, a link's closing
 * `](…)`, a `**` mark, a backslash escape; anything else is one code point.
 */
const ATOM = /<sup>[^<]*<\/sup>|\]\([^)]*\)|\*\*|\\.|[\s\S]/gu

const isMarker = (atom: string) => atom.startsWith('<sup>') || SUPERSCRIPT_DIGITS.includes(atom)

export function atoms(s: string): string[] {
  return s.match(ATOM) ?? []
}

/** Chinese line breaking (kinsoku): no printed line starts with these… */
const NO_LINE_START = '，。、；：？！）》〉」』”’】〕,.;:?!)'
/** …nor ends with these. */
const NO_LINE_END = '（《〈「『“‘【〔('

/**
 * May a line break fall between atoms `i - 1` and `i`? Not before a footnote
 * marker (it belongs to the word it follows), not next to a `**` mark (a
 * mark cut from its word no longer opens or closes emphasis), and not where
 * Chinese typesetting never breaks: before closing or after opening
 * punctuation. Anywhere else, mid-word, mid-number and mid-symbol included.
 */
export function breakAllowed(list: readonly string[], i: number): boolean {
  if (i <= 0 || i >= list.length) return false
  const [before, after] = [list[i - 1], list[i]]
  return !isMarker(after) && after !== '**' && before !== '**' && !NO_LINE_START.includes(after) && !NO_LINE_END.includes(before)
}

export const isBlank = (line: string) => line.trim() === ''

/** A tab-separated table or contents row: kept whole by every generator. */
export const isTabRow = (line: string) => line.includes('\t')

export const isHeading = (line: string) => /^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)

export const isFootnoteDefinition = (line: string) =>
  new RegExp(`^\\s*(?:<sup>[^<]*</sup>|[${SUPERSCRIPT_DIGITS}]+|\\[\\^[^\\]]+\\]:)`).test(line)

export const isRule = (line: string) => /^ {0,3}(?:-{3,}|_{3,}|\*{3,}|={3,})\s*$/.test(line)

/** A paragraph label as printed: `1.`, `(a)`, `(iv)`, `一.`, `A.`, bold or bulleted. */
const LABEL = /^\s*(?:[-+*]\s+)?(?:\*\*)?(?:\d{1,3}\.|\([a-z]{1,4}\)|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}[.、]|[A-Z]\.)(?:\*\*)?(?:\s|$)/

/** Does this line open a block of its own (never a paragraph's continuation)? */
export function opensBlock(line: string): boolean {
  return (
    isBlank(line) ||
    isHeading(line) ||
    isFootnoteDefinition(line) ||
    isRule(line) ||
    isTabRow(line) ||
    BLOCK_MARK.test(line) ||
    LABEL.test(line)
  )
}

/** A block that may be cut by a page break: running text, not a heading, footnote, rule or table row. */
export function isProseOpener(line: string): boolean {
  return !isBlank(line) && !isHeading(line) && !isFootnoteDefinition(line) && !isRule(line) && !isTabRow(line)
}

/**
 * Index of the line that opens the block each line belongs to (-1 for blank
 * lines); a wrapped heading's continuation lines belong to the heading.
 */
export function blockOpeners(lines: readonly string[]): number[] {
  const openers: number[] = []
  let current = -1
  lines.forEach((line, i) => {
    if (isBlank(line)) current = -1
    else if (current < 0 || opensBlock(line) || /\s{2}$/.test(lines[i - 1] ?? '')) current = i
    openers.push(current)
  })
  return openers
}
