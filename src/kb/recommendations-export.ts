/**
 * Recommendation items as research data: one row per item, in CSV that opens
 * correctly in Excel (UTF-8 with BOM, every field quoted, CRLF) and in JSONL.
 */
import type {Document, KnowledgeBase, RecommendationItem, RecommendationList} from './schema.js'

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
  references: string[]
  similar: {item: string; list: string; score: number}[]
}

export function recommendationRows(documents: Document[]): RecommendationRow[] {
  return documents.flatMap((doc) => doc.recommendationLists.flatMap((list) => list.items.map((item) => row(doc, list, item))))
}

function row(doc: Document, list: RecommendationList, item: RecommendationItem): RecommendationRow {
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
    references: item.references,
    similar: item.similar
  }
}

const CSV_COLUMNS: (keyof RecommendationRow)[] = [
  'document', 'path', 'in', 'annex', 'adoptedBy', 'meeting', 'meetingDates', 'endorsedBy', 'sourceSymbols',
  'label', 'topic', 'text', 'addressees', 'modality', 'references', 'similar', 'id', 'list'
]

function csvField(value: unknown): string {
  let s: string
  if (value === null || value === undefined) s = ''
  else if (Array.isArray(value)) s = value.map((v) => (typeof v === 'object' ? `${v.item} (${v.score})` : String(v))).join('; ')
  else s = String(value)
  return `"${s.replace(/"/g, '""')}"`
}

/** CSV that opens correctly in Excel: UTF-8 with BOM, every field quoted, CRLF. */
export function csv<T>(columns: readonly (keyof T & string)[], rows: T[]): string {
  const lines = [columns.map(csvField).join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))]
  return `\ufeff${lines.join('\r\n')}\r\n`
}

export function toCsv(rows: RecommendationRow[]): string {
  return csv(CSV_COLUMNS, rows)
}

export function toJsonl(rows: unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length > 0 ? '\n' : '')
}

export function kbRecommendationRows(kb: KnowledgeBase): RecommendationRow[] {
  return recommendationRows(kb.documents)
}
