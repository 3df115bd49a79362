/**
 * Recommendation items as research data: one row per item, in CSV that opens
 * correctly and safely in Excel (UTF-8 with BOM, every field quoted, CRLF,
 * formula-like cells neutralised) and in JSONL; and a long table of one row
 * per item and addressee. Rows stand alone: references are given by key and
 * surface, similar items by instrument, annex and label.
 */
import type {Document, RecommendationItem, RecommendationList, Reference} from './schema.js'

export interface SimilarItem {
  item: string
  in: string | null
  annex: string | null
  label: string
  score: number
}

export interface RecommendationRow {
  document: string
  path: string
  list: string
  in: string | null
  annex: string | null
  adoptedBy: string | null
  meeting: string | null
  meetingDates: string[]
  endorsedBy: string | null
  sourceSymbols: string[]
  id: string
  label: string
  topic: string | null
  text: string
  addressees: string[]
  modality: string
  /** keys of the references in the item (footnote markers left out), in text order */
  references: string[]
  /** the same references as printed */
  referenceSurfaces: string[]
  similar: SimilarItem[]
}

export function recommendationRows(documents: Document[]): RecommendationRow[] {
  const rows = documents.flatMap((doc) => {
    const refs = new Map(doc.references.map((r) => [r.id, r]))
    return doc.recommendationLists.flatMap((list) => list.items.map((item) => row(doc, list, item, refs)))
  })
  const byId = new Map(rows.map((r) => [r.id, r]))
  for (const r of rows) {
    r.similar = r.similar.map((s) => {
      const other = byId.get(s.item)
      return {item: s.item, in: other?.in ?? null, annex: other?.annex ?? null, label: other?.label ?? '', score: s.score}
    })
  }
  return rows
}

function row(doc: Document, list: RecommendationList, item: RecommendationItem, refs: Map<string, Reference>): RecommendationRow {
  // A footnote marker is not a citation: its key (`fn3`) means nothing outside the document.
  const references = item.references.map((id) => refs.get(id)).filter((r): r is Reference => r !== undefined && r.kind !== 'footnote')
  return {
    document: doc.id,
    path: doc.source.path,
    list: list.id,
    in: list.in,
    annex: list.annex,
    adoptedBy: list.adoptedBy,
    meeting: list.meeting,
    meetingDates: list.meetingDates,
    endorsedBy: list.endorsedBy,
    sourceSymbols: list.sourceSymbols,
    id: item.id,
    label: item.label,
    topic: item.topic,
    text: item.text,
    addressees: item.addressees,
    modality: item.modality,
    references: references.map((r) => r.key),
    referenceSurfaces: references.map((r) => r.surface),
    // Filled with the other item's instrument, annex and label once every row is made.
    similar: item.similar.map((s) => ({item: s.item, in: null, annex: null, label: '', score: s.score}))
  }
}

export const RECOMMENDATION_COLUMNS = [
  'document', 'path', 'in', 'annex', 'adoptedBy', 'meeting', 'meetingDates', 'endorsedBy', 'sourceSymbols',
  'label', 'topic', 'text', 'addressees', 'modality', 'references', 'referenceSurfaces', 'similar', 'id', 'list'
] as const satisfies readonly (keyof RecommendationRow)[]

/** One row per item and addressee, with the item's key columns: the long form of the `addressees` column. */
export interface AddresseeRow {
  path: string
  in: string | null
  annex: string | null
  label: string
  id: string
  addressee: string
}

export const ADDRESSEE_COLUMNS = ['path', 'in', 'annex', 'label', 'id', 'addressee'] as const satisfies readonly (keyof AddresseeRow)[]

export function addresseeRows(rows: RecommendationRow[]): AddresseeRow[] {
  return rows.flatMap((r) => r.addressees.map((addressee) => ({path: r.path, in: r.in, annex: r.annex, label: r.label, id: r.id, addressee})))
}

export interface CsvOptions {
  /** a UTF-8 byte order mark first, so that Excel reads UTF-8 (default true) */
  bom?: boolean
  /** the header line (default true) */
  header?: boolean
  /** tab-separated, quoted only where needed, as csvkit's `csvformat -T` writes it */
  tsv?: boolean
}

// OWASP CSV injection: a spreadsheet runs a cell that opens with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(cellText).join('; ')
  if (typeof value === 'object') {
    const s = value as SimilarItem
    return `${[s.in, s.annex, `(${s.label})`].filter(Boolean).join(' ')} ${s.score}`
  }
  return String(value)
}

/** A cell as written: formula-like text prefixed with `'`, then quoted (always in CSV, where needed in TSV). */
export function csvCell(value: unknown, tsv = false): string {
  let s = cellText(value)
  if (FORMULA_START.test(s)) s = `'${s}`
  if (tsv && !/[\t\r\n"]/.test(s)) return s
  return `"${s.replace(/"/g, '""')}"`
}

/** CSV (or TSV) of `rows` in `columns`: CRLF line ends, every cell through csvCell. */
export function csv<T>(columns: readonly (keyof T & string)[], rows: T[], options: CsvOptions = {}): string {
  const {bom = true, header = true, tsv = false} = options
  const sep = tsv ? '\t' : ','
  const lines = rows.map((r) => columns.map((c) => csvCell(r[c], tsv)).join(sep))
  if (header) lines.unshift(columns.map((c) => csvCell(c, tsv)).join(sep))
  return `${bom ? '\ufeff' : ''}${lines.join('\r\n')}${lines.length > 0 ? '\r\n' : ''}`
}

export function toCsv(rows: RecommendationRow[], options?: CsvOptions): string {
  return csv(RECOMMENDATION_COLUMNS, rows, options)
}

export function toJsonl(rows: unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length > 0 ? '\n' : '')
}
