/**
 * Page furniture as PDF-to-text conversion leaves it: at every page break,
 * which falls inside a paragraph, a block of running header (the document's
 * own symbol), job number, page number and barcode between blank lines.
 */
import {BLOCK_MARK, blockOpeners, isProseOpener, opensBlock} from './lines.js'
import {wrapLine} from './hard-wrap.js'
import {pageStarts, seeded, type Seeded} from './seeded.js'

/** A UN document symbol standing alone on a line: `A/RES/69/197`, `CTOC/COP/2018/13`, `S/RES/1373 (2001)`. */
const SYMBOL_LINE = /^[A-Z][A-Z0-9.]*(?:\/[A-Za-z0-9.()-]+)+(?:\s*\(\d{4}\))?$/

const MASTHEAD_LINES = 30
const PAGE_LINES = 40

/** The document's own symbol: the first masthead line (of the first 30) that is one; null if none is. */
export function documentSymbol(text: string): string | null {
  for (const line of text.split('\n').slice(0, MASTHEAD_LINES)) {
    const bare = line
      .replace(BLOCK_MARK, '')
      .replace(/\*\*/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .trim()
    if (SYMBOL_LINE.test(bare)) return bare
  }
  return null
}

export interface PageFurnitureOptions {
  /** `n/N` (`3/40`) or a lone `n` (`3`) */
  pageNumbers: 'fraction' | 'lone'
}

/** Where a page break goes: before line `line`, after cutting that line at character `cut` when given. */
interface BreakPoint {
  line: number
  cut?: number
}

export interface PageBreakPlan {
  /** the text's lines, with any cut line split in two */
  lines: string[]
  /** for each break, the index in `lines` its block goes before, and the block's lines (blank lines included) */
  breaks: {before: number; block: string[]}[]
}

/** A job number (`V.18-07613 (C)`, `GE.05-81234 (C)`, `18-07613 (C)`) and the barcode printed with it (`*1807613*`). */
function jobNumber(random: Seeded): {job: string; barcode: string} {
  const office = random.pick(['V.', 'GE.', ''])
  const digits = String(random.int(0, 25)).padStart(2, '0') + String(random.int(0, 99_999)).padStart(5, '0')
  return {job: `${office}${digits.slice(0, 2)}-${digits.slice(2)} (C)`, barcode: `*${digits}*`}
}

/** The width of a printed line of Chinese text: a page break cuts a one-line paragraph at a multiple of it. */
const PRINTED_WIDTH = 37

/** Does a paragraph end like running text (`。`, `；`, `，`, `：`), markers and marks aside? A title does not. */
const endsLikeRunningText = (line: string) =>
  /[。；，：;,:！？!?]$/.test(line.replace(/(?:<sup>[^<]*<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]|\*\*|\s)+$/u, ''))

/** Is a link (`[…`) or emphasis (`**…`) still open at the end of this text? A page break there would break its markup. */
const spanOpen = (text: string) => /\[[^\]]*$/.test(text) || (text.match(/\*\*/g) ?? []).length % 2 === 1

/** The last line of the block that line `i` belongs to. */
function blockEnd(openers: readonly number[], i: number): number {
  let end = i
  while (end + 1 < openers.length && openers[end + 1] === openers[i]) end++
  return end
}

/** Is line `i` part of a paragraph of running text, which a page may end inside? */
function inRunningText(lines: readonly string[], openers: readonly number[], i: number): boolean {
  const opener = openers[i]
  return opener >= 0 && isProseOpener(lines[opener]) && endsLikeRunningText(lines[blockEnd(openers, i)])
}

/** Is the boundary before line `i` inside a paragraph that a page break may cut? */
function cutsParagraph(lines: readonly string[], openers: readonly number[], i: number): boolean {
  return (
    i > 0 &&
    openers[i] === openers[i - 1] &&
    inRunningText(lines, openers, i) &&
    !/^\s/.test(lines[i]) &&
    !spanOpen(lines.slice(openers[i], i).join('\n'))
  )
}

/** Where a one-line paragraph may be cut: its printed line boundaries (as `wrapLine` at the printed width finds them). */
function cutPositions(line: string): number[] {
  const pieces = wrapLine(line, PRINTED_WIDTH)
  const out: number[] = []
  for (let j = 1; j < pieces.length; j++) {
    const head = pieces.slice(0, j).join('')
    const tail = pieces.slice(j).join('')
    if (!/^\s/.test(tail) && !opensBlock(tail) && !spanOpen(head)) out.push(head.length)
  }
  return out
}

/**
 * One break per page of about 40 lines: at the first line boundary inside a
 * paragraph of running text from the page's end on (never inside a heading,
 * title, footnote, table row, link or emphasis); where the next 40 lines have
 * none (text whose paragraphs are one line each), inside the first running-text
 * line there long enough to print on two lines, at one of its printed line
 * boundaries (seeded).
 */
function breakPoints(lines: readonly string[], random: Seeded): BreakPoint[] {
  const openers = blockOpeners(lines)
  const points: BreakPoint[] = []
  let from = 1
  for (const target of pageStarts(lines.length, PAGE_LINES, random)) {
    const start = Math.max(target, from)
    const end = Math.min(start + PAGE_LINES, lines.length)
    let point: BreakPoint | undefined
    for (let i = start; i < end && !point; i++) if (cutsParagraph(lines, openers, i)) point = {line: i}
    for (let i = start; i < end && !point; i++) {
      if (!inRunningText(lines, openers, i)) continue
      const cuts = cutPositions(lines[i])
      if (cuts.length) point = {line: i, cut: random.pick(cuts)}
    }
    if (!point) continue
    points.push(point)
    from = point.line + 1
  }
  return points
}

/** The page breaks `pageFurniture` inserts into a text, and their blocks (exported so tests know what was added). */
export function planPageBreaks(text: string, seed: number, options: PageFurnitureOptions = {pageNumbers: 'fraction'}): PageBreakPlan {
  const random = seeded(seed)
  const source = text.split('\n')
  const symbol = documentSymbol(text)
  const {job, barcode} = jobNumber(random)
  const points = breakPoints(source, random)
  const pages = points.length + 1
  const lines: string[] = []
  const breaks: PageBreakPlan['breaks'] = []
  let next = 0
  points.forEach((point, k) => {
    lines.push(...source.slice(next, point.line))
    const page = k + 2
    const block = ['', ...(symbol ? [symbol] : []), job, options.pageNumbers === 'fraction' ? `${page}/${pages}` : String(page), barcode, '']
    if (point.cut === undefined) {
      breaks.push({before: lines.length, block})
      next = point.line
    } else {
      const line = source[point.line]
      const [head, tail] = [line.slice(0, point.cut), line.slice(point.cut)]
      lines.push(head)
      breaks.push({before: lines.length, block})
      lines.push(tail)
      next = point.line + 1
    }
  })
  lines.push(...source.slice(next))
  return {lines, breaks}
}

/** The lines of every furniture block a plan inserts, blank lines left out. */
export function furnitureLines(plan: PageBreakPlan): string[] {
  return plan.breaks.flatMap((b) => b.block.filter((l) => l !== ''))
}

/** Apply a plan: each block goes in before its line. */
export function applyPageBreaks(plan: PageBreakPlan): string {
  const out: string[] = []
  let b = 0
  plan.lines.forEach((line, i) => {
    for (; b < plan.breaks.length && plan.breaks[b].before === i; b++) out.push(...plan.breaks[b].block)
    out.push(line)
  })
  return out.join('\n')
}

/** `pageFurniture` with the page numbers printed as given. */
export function pageFurnitureWith(options: PageFurnitureOptions): (text: string, seed: number) => string {
  return (text, seed) => applyPageBreaks(planPageBreaks(text, seed, options))
}

/**
 * Page furniture every ~40 lines at a boundary inside a paragraph: blank line,
 * running header (the document's own symbol from its masthead; none if it has
 * none), job number, page number `n/N`, barcode, blank line.
 */
export const pageFurniture = pageFurnitureWith({pageNumbers: 'fraction'})

/** The same, with a lone page number (`2`) as many documents print it. */
export const pageFurnitureLonePageNumbers = pageFurnitureWith({pageNumbers: 'lone'})
