/**
 * Flattened text: a web scrape or a PDF extraction may put a whole page, or
 * a whole document, on one physical line. Such a line is cut back into
 * blocks where the printed layout had a boundary: before a paragraph number
 * that continues a sequence (`…举行。2.开幕式…`), before a chapter heading
 * (`一.日期和地点`), around page furniture (the document's own symbol
 * repeated as a running header, job numbers, barcodes, page numbers) and
 * before a footnote rule (`_____*为节约起见…`).
 */
import type {Line} from '../parse/lines.js'
import {splitLineAt} from './slice.js'
import {CHINESE_NUMERAL} from '../un/numerals.js'
import {LEAD_VERBS, type Action} from '../un/lead-verbs.js'
import {BODY_NAMES, GENERAL_ASSEMBLY} from '../un/bodies.js'

/** A line shorter than this is one printed paragraph whatever it holds. */
const FLAT_MIN = 200
/** Paragraph numbers in sequence that show a line holds several paragraphs. */
const MIN_SEQUENCE = 3

/** `2.开幕式` after the end of a sentence (or glued to a heading): a paragraph label. */
const LABEL = /(?<=[。；;：:，,」”)）\p{Script=Han}])\s*(\d{1,3})\s*[.．](?!\d)\s*(?=[\p{Script=Han}(（《“「])/gu
/** `一.日期和地点`: a chapter heading glued between two paragraphs. */
const CHAPTER_AT = new RegExp(`(?<=[。；;：:\\p{Script=Han}])(${CHINESE_NUMERAL})[.．、](?=\\p{Script=Han})`, 'gu')
/** A footnote rule (`_________`) opening a footnote block. */
const RULE = /_{5,}/g
/** Job numbers and print codes: `V.08-54117(C)`, `18-07613 (C)`, `GP070708070708`, a barcode run of digits. */
const JOB = /(?:[A-Z]\.)?\d{2}-\d{4,6}\s*\(C\)|[A-Z]{1,3}\d{8,}|\*\d{6,9}\*/g
/** Actions whose lead phrase opens a preambular paragraph and does not run on inside a sentence after a comma. */
const PREAMBLE_ACTIONS = new Set<Action>(['recalls', 'reaffirms', 'notes', 'takes-note', 'recognizes', 'concern', 'convinced', 'bears-in-mind', 'aware', 'welcomes', 'stresses', 'emphasizes', 'affirms'])
const PREAMBLE_LEADS = Object.keys(LEAD_VERBS)
  .filter((verb) => PREAMBLE_ACTIONS.has(LEAD_VERBS[verb]))
  .sort((a, b) => b.length - a.length)
/** `…的重要性，认识到…`, `…，又回顾…`: a preambular paragraph opening after the comma that ends the last (`并重申` continues it). */
const PREAMBLE_AT = new RegExp(`(?<=[，,])\\s*(?=(?:又|还|再次|也|同时)?(?:${PREAMBLE_LEADS.join('|')}))`, 'gu')
/** `第7/1号决议加强…`: an instrument heading glued to its title. */
const HEADING_AT = /^第\s*(?:\d{1,4}\s*\/\s*\d{1,4}|\d{1,5}\s*[(（]\s*\d{4}\s*[)）])\s*号\s*(?:决议|决定)(?=\p{Script=Han}|《)/u
const BODIES = [...BODY_NAMES.map(([name]) => name), GENERAL_ASSEMBLY[0]].sort((a, b) => b.length - a.length)
/** `…的实施联合国打击跨国有组织犯罪公约缔约方会议，回顾…`: the adopting-body line between the title and the preamble. */
const FORMULA_AT = new RegExp(`(${BODIES.join('|')})[，,](?=\\s*(?:又|还)?(?:${PREAMBLE_LEADS.join('|')}))`, 'gu')

/** A UN document symbol. */
const SYMBOL = /[A-Z]{1,6}(?:\/[A-Z0-9.\-]+){2,}/g

export interface Cuts {
  cuts: number[]
  /** [from, to) ranges of the clean text that are page furniture */
  furniture: [number, number][]
}

/** Where a flattened line is cut, and which pieces are furniture. Empty for an ordinary line. */
export function flattenedCuts(text: string, runningHeader?: string): Cuts {
  const none: Cuts = {cuts: [], furniture: []}
  if (text.length < FLAT_MIN) return none
  // A preamble flattened onto the line: each lead phrase after a comma opens a paragraph.
  const leads = [...text.matchAll(PREAMBLE_AT)].map((m) => (m.index ?? 0) + m[0].length)
  const flatPreamble = leads.length >= MIN_SEQUENCE
  // Where the preamble shows the line is flattened, the operative numbers that follow it need no longer run.
  const labels = sequenceLabels(text, flatPreamble ? 1 : MIN_SEQUENCE)
  const cuts: number[] = []
  const furniture: [number, number][] = []
  if (runningHeader) {
    // The masthead's symbol repeated further on is a running header; digits glued before it are the page number.
    const first = text.indexOf(runningHeader)
    let from = first < 0 ? 0 : first + runningHeader.length
    for (let at = text.indexOf(runningHeader, from); at >= 0; at = text.indexOf(runningHeader, from)) {
      const page = /\d{1,3}$/.exec(text.slice(Math.max(0, at - 3), at))
      const start = page && /[。；;.!?！？」”)）]/.test(text[at - page[0].length - 1] ?? '') ? at - page[0].length : at
      if (start < at) furniture.push([start, at])
      furniture.push([at, at + runningHeader.length])
      cuts.push(start, at, at + runningHeader.length)
      from = at + runningHeader.length
    }
  }
  for (const m of text.matchAll(JOB)) {
    const at = m.index ?? 0
    furniture.push([at, at + m[0].length])
    cuts.push(at, at + m[0].length)
  }
  for (const m of text.matchAll(RULE)) {
    const at = m.index ?? 0
    furniture.push([at, at + m[0].length])
    cuts.push(at, at + m[0].length)
  }
  if (labels.length > 0) {
    cuts.push(...labels)
    for (const m of text.matchAll(CHAPTER_AT)) cuts.push(m.index ?? 0)
  }
  if (flatPreamble) {
    cuts.push(...leads)
    const heading = HEADING_AT.exec(text)
    if (heading) cuts.push(heading[0].length)
    for (const m of text.matchAll(FORMULA_AT)) cuts.push(m.index ?? 0, (m.index ?? 0) + m[0].length)
  }
  if (cuts.length === 0) return none
  return {cuts, furniture}
}

/** Positions of paragraph labels that continue a sequence (1., 2., 3. …): only those are boundaries. */
function sequenceLabels(text: string, min: number): number[] {
  const found = [...text.matchAll(LABEL)].map((m) => ({n: Number(m[1]), at: (m.index ?? 0) + m[0].length - m[0].trimStart().length}))
  const kept: number[] = []
  let expected = -1
  let run: number[] = []
  for (const f of found) {
    if (f.n === expected) {
      run.push(f.at)
      expected++
    } else if (f.n === 1 || run.length === 0) {
      if (run.length >= min) kept.push(...run)
      run = [f.at]
      expected = f.n + 1
    }
  }
  if (run.length >= min) kept.push(...run)
  return kept
}

/**
 * The masthead's symbol, which running headers repeat: a symbol standing as a field of its own
 * near the start of a document flattened onto its first line (`联合国CTOC/COP/2008/INF/1联合国…`),
 * not one cited in a sentence (`（CTOC/COP/2018/L.1、…`).
 */
export function ownSymbol(text: string): string | undefined {
  for (const m of text.slice(0, 120).matchAll(SYMBOL)) {
    const at = m.index ?? 0
    const before = text[at - 1] ?? ''
    const after = text[at + m[0].length] ?? ''
    if (!/[(（、，,：:]/.test(before) && !/[、，,)）号。]/.test(after)) return m[0]
  }
  return undefined
}

/** Every flattened line cut into its blocks; furniture blocks flagged. */
export function splitFlattened(lines: Line[]): Line[] {
  const out: Line[] = []
  const first = lines.slice(0, 3).find((l) => l.norm.length >= FLAT_MIN)
  const runningHeader = first ? ownSymbol(first.norm) : undefined
  for (const line of lines) {
    const {cuts, furniture} = flattenedCuts(line.norm, runningHeader)
    if (cuts.length === 0) {
      out.push(line)
      continue
    }
    const pieces = splitLineAt(line, [...cuts, ...definitionCuts(line)])
    for (const piece of pieces) {
      const from = piece.map.length > 0 ? indexOfOffset(line.map, piece.map[0]) : -1
      const isFurniture = from >= 0 && furniture.some(([a, b]) => from >= a && from + piece.text.length <= b)
      // Furniture cites nothing: a piece that holds a marker stays text, so the marker keeps its place.
      out.push(isFurniture && piece.markers.length === 0 ? {...piece, furniture: true} : piece)
    }
  }
  return out
}

/**
 * A footnote definition flattened into the text (`…与会。<sup>1</sup> 联合国，《条约汇编》…第39574号。其在…`):
 * a marker after the end of a sentence and before a space opens it, the end of its sentence closes it.
 */
function definitionCuts(line: Line): number[] {
  const cuts: number[] = []
  for (const m of line.markers) {
    if (m.at === 0 && cuts.length === 0 && line.markers.length === 1) continue
    const before = line.norm[m.at - 1]
    if ((m.at > 0 && !/[。；;.]/.test(before ?? '')) || !/\s/.test(line.norm[m.at] ?? '')) continue
    const end = line.norm.indexOf('。', m.at)
    if (end < 0) continue
    cuts.push(m.at, end + 1)
  }
  return cuts
}

/** Where a source offset stands in a line's (increasing) source map. */
function indexOfOffset(map: number[], offset: number): number {
  let lo = 0
  let hi = map.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (map[mid] === offset) return mid
    if (map[mid] < offset) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}
