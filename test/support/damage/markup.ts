/**
 * Damage that removes or rewrites markup: blank lines dropped, superscript
 * footnote markers printed as plain digits, pages flattened onto one line.
 */
import {BLOCK_MARK, SUPERSCRIPT_DIGITS, isRule} from './lines.js'
import {pageStarts, seeded} from './seeded.js'

const SUPERSCRIPT_RUN = new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, 'g')

/** Every blank (or whitespace-only) line removed; the seed is not used. */
export function noBlankLines(text: string, _seed: number): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n')
}

/** Superscript digits (`³`) as plain digits (`3`). */
export function plainDigits(s: string): string {
  return s.replace(SUPERSCRIPT_RUN, (run) => [...run].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''))
}

/**
 * Footnote markers with their superscript lost: `<sup>3</sup>` and `³` become
 * a plain `3` glued to the text around it, in running text and at the
 * definition (`<sup>3</sup> 同上` → `3 同上`); the seed is not used.
 */
export function lostSuperscripts(text: string, _seed: number): string {
  return plainDigits(text.replace(/<sup>([^<]*)<\/sup>/g, '$1'))
}

/** A line as a web page shows it: heading marks, bullets and quote marks gone; a rule line is nothing. */
export function withoutBlockMarks(line: string): string {
  return isRule(line) ? '' : line.replace(BLOCK_MARK, '')
}

/**
 * The text as a web scrape flattens it: every ~40 lines (± a fifth, seeded)
 * joined into one physical line with nothing between them beyond what the
 * lines hold (their own spaces), the lines' block marks (`##`, `- `, `>`,
 * `---`) gone as a page without line structure cannot show them.
 */
export function flattenPages(text: string, seed: number): string {
  const lines = text.split('\n')
  const starts = [0, ...pageStarts(lines.length, 40, seeded(seed)), lines.length]
  const pages: string[] = []
  for (let p = 0; p + 1 < starts.length; p++) pages.push(lines.slice(starts[p], starts[p + 1]).map(withoutBlockMarks).join(''))
  return pages.join('\n')
}
