/**
 * A paragraph while it is being built: clean text with its source map, so
 * that lines cut by a page break can be joined and offsets stay exact.
 */
import type {Line, Marker} from '../parse/lines.js'
import type {Paragraph, ParagraphKind} from '../kb/schema.js'

/** The footnote a marker cites: its number and where it stands (numbering may restart). */
export type FootnoteResolver = (label: string, at: number) => string | null

export interface Draft {
  kind: ParagraphKind
  num: string | null
  label: string | null
  text: string
  norm: string
  map: number[]
  markers: Marker[]
  pieces: [number, number][]
  children: Draft[]
  /** a heading-marked line (`#`): never joined to what follows */
  heading: boolean
  /** input line number of the last line joined in (a soft-wrapped next line is n + 1) */
  lastLine: number
  /** the layout stage found that the last line joined in runs on into the next */
  runsOn: boolean
  /** …and that it fills the wrap width */
  fullWidth: boolean
  /** an English block of a bitext */
  lang?: 'en'
}

/** Cut `prefixLength` characters (a label) off the front of a line. */
export function draftFromLine(line: Line, kind: ParagraphKind, prefixLength = 0, label: string | null = null): Draft {
  const numText = prefixLength > 0 ? line.text.slice(0, prefixLength).trim() : null
  let skip = prefixLength
  while (skip < line.norm.length && /\s/.test(line.norm[skip])) skip++
  const text = line.text.slice(skip)
  const markers = line.markers.map((m) => ({...m, at: Math.max(0, m.at - skip)}))
  const map = line.map.slice(skip)
  return {
    kind,
    num: numText,
    label,
    text,
    norm: line.norm.slice(skip),
    map,
    markers,
    pieces: [span(line.map.length > 0 ? line.map : [line.start], line.end)],
    children: [],
    heading: line.heading,
    lastLine: line.n,
    runsOn: line.runsOn,
    fullWidth: line.fullWidth
  }
}

function span(map: number[], fallbackEnd: number): [number, number] {
  if (map.length === 0) return [fallbackEnd, fallbackEnd]
  return [map[0], map[map.length - 1] + 1]
}

/** Page-break repair: the second piece continues the first without a space. */
export function joinDraft(target: Draft, line: Line): void {
  const shift = target.text.length
  target.text += line.text
  target.norm += line.norm
  for (const m of line.markers) target.markers.push({...m, at: m.at + shift})
  for (const offset of line.map) target.map.push(offset)
  target.pieces.push(span(line.map.length > 0 ? line.map : [line.start], line.end))
  target.lastLine = line.n
  target.runsOn = line.runsOn
  target.fullWidth = line.fullWidth
}

/**
 * The source offset of every character of a finished paragraph's text. Kept
 * beside the paragraph, not in it: later stages map their own offsets with
 * it, the knowledge base does not need it.
 */
const sourceMaps = new WeakMap<object, number[]>()

export function sourceMapOf(node: object): number[] | undefined {
  return sourceMaps.get(node)
}

export function setSourceMap(node: object, map: number[]): void {
  sourceMaps.set(node, map)
}

export function finishParagraph(draft: Draft, id: string, footnoteOf: FootnoteResolver): Paragraph {
  const paragraph = toParagraph(draft, id, footnoteOf)
  sourceMaps.set(paragraph, draft.map)
  return paragraph
}

function toParagraph(draft: Draft, id: string, footnoteOf: FootnoteResolver): Paragraph {
  return {
    id,
    kind: draft.kind,
    num: draft.num,
    label: draft.label,
    text: draft.text,
    start: draft.pieces[0][0],
    end: draft.pieces[draft.pieces.length - 1][1],
    pieces: draft.pieces,
    markers: draft.markers.map((m) => ({
      n: m.label,
      printed: m.printed,
      at: m.at,
      start: m.start,
      end: m.end,
      footnote: footnoteOf(m.label, m.start)
    })),
    lead: null,
    action: null,
    addressees: null,
    children: draft.children.map((child, i) => finishParagraph(child, `${id}__point_${child.label ?? i + 1}`, footnoteOf)),
    ...(draft.lang ? {lang: draft.lang} : {})
  }
}
