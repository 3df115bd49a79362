/**
 * One document → its rows, table by table, as plain objects keyed by column
 * name (schema.ts). Pure: the writer only binds them. Reads only what the
 * batch build's skeletons keep (src/kb/worker.ts).
 */
import type {Document, Paragraph} from '../../kb/schema.js'

export type Row = Record<string, string | number | null>
export type Rows = Record<string, Row[]>

/** Instrument ids by document and key: the first instrument of a key in a document, as link.ts links to it. */
export type InstrumentIds = Map<string, Map<string, string>>

export function instrumentIdsOf(documents: Document[]): InstrumentIds {
  const out: InstrumentIds = new Map()
  for (const doc of documents) {
    const byKey = out.get(doc.id) ?? new Map<string, string>()
    for (const inst of doc.instruments) if (!byKey.has(inst.key)) byKey.set(inst.key, inst.id)
    out.set(doc.id, byKey)
  }
  return out
}

/** Every paragraph of a document in reading order, with the instrument that holds it (null for report text) and its parent. */
export function* paragraphsOf(doc: Document): Generator<{paragraph: Paragraph; instrument: string | null; parent: string | null}> {
  function* tree(p: Paragraph | null, instrument: string | null, parent: string | null = null): Generator<{paragraph: Paragraph; instrument: string | null; parent: string | null}> {
    if (!p) return
    yield {paragraph: p, instrument, parent}
    for (const c of p.children) yield* tree(c, instrument, p.id)
  }
  function* sections(ss: Document['sections']): Generator<{paragraph: Paragraph; instrument: string | null; parent: string | null}> {
    for (const s of ss) {
      for (const p of [s.heading, ...s.paragraphs]) yield* tree(p, null)
      yield* sections(s.children)
    }
  }
  yield* sections(doc.sections)
  for (const p of doc.paragraphs) yield* tree(p, null)
  for (const inst of doc.instruments) {
    for (const p of [inst.heading, inst.titleParagraph, inst.formula, ...inst.preamble, ...inst.operative, ...inst.body]) yield* tree(p, inst.id)
    for (const a of inst.annexes) for (const p of [a.heading, a.titleParagraph, ...a.paragraphs]) yield* tree(p, inst.id)
  }
}

/** The rows of one document; `seq` is the paragraph number to start from (paragraphs are numbered across the knowledge base). */
export function documentRows(doc: Document, ids: InstrumentIds, seq: number): Rows {
  const own = ids.get(doc.id)
  const instrumentId = (key: string | null): string | null => (key === null ? null : (own?.get(key) ?? null))
  const paragraphs: Row[] = []
  for (const {paragraph: p, instrument, parent} of paragraphsOf(doc)) {
    paragraphs.push({
      seq: seq++,
      id: p.id,
      document: doc.id,
      instrument,
      parent,
      kind: p.kind,
      num: p.num,
      label: p.label,
      text: p.text,
      lead: p.lead,
      action: p.action,
      start: p.start,
      end: p.end
    })
  }
  const lists = doc.recommendationLists
  const items = lists.flatMap((l) => l.items)
  return {
    documents: [
      {
        id: doc.id,
        path: doc.source.path,
        sha256: doc.source.sha256,
        bytes: doc.source.bytes,
        encoding: doc.source.encoding,
        script: doc.source.script,
        issuer: doc.issuer,
        kind: doc.kind,
        title: doc.meta.title?.text ?? null
      }
    ],
    instruments: doc.instruments.map((i) => ({
      id: i.id,
      document: doc.id,
      key: i.key,
      kind: i.kind,
      number: i.number,
      title: i.title,
      adopted_by: i.adoptedBy,
      section: i.section,
      start: i.start,
      end: i.end
    })),
    paragraphs,
    footnotes: doc.footnotes.map((f) => ({id: f.id, document: doc.id, n: f.n, marker: f.marker, text: f.text, start: f.start, end: f.end})),
    refs: doc.references.map((r) => ({
      id: r.id,
      document: doc.id,
      kind: r.kind,
      key: r.key,
      surface: r.surface,
      date: r.date,
      hard: r.hard ? 1 : 0,
      rule: r.rule,
      container: r.container,
      place: r.in,
      paragraph: r.container === 'paragraph' ? r.in : null,
      footnote: r.container === 'footnote' ? r.in : null,
      instrument: instrumentId(r.instrument),
      start: r.start,
      end: r.end,
      source_start: r.sourceStart,
      source_end: r.sourceEnd,
      target_document: r.target?.document ?? null,
      target_instrument: r.target?.instrument ? (ids.get(r.target.document)?.get(r.target.instrument) ?? null) : null,
      target_paragraph: r.target?.paragraph ?? null,
      target_footnote: r.target?.footnote ?? null,
      url: r.url
    })),
    recommendation_lists: lists.map((l) => ({
      id: l.id,
      document: doc.id,
      instrument: instrumentId(l.in),
      annex: l.annex,
      annex_title: l.annexTitle,
      adopted_by: l.adoptedBy,
      meeting: l.meeting,
      meeting_start: l.meetingDates[0] ?? null,
      meeting_end: l.meetingDates.at(-1) ?? null,
      endorsed_by: l.endorsedBy,
      intro: l.intro
    })),
    recommendation_list_sources: lists.flatMap((l) => [...new Set(l.sourceSymbols)].map((symbol) => ({list: l.id, symbol}))),
    recommendation_items: lists.flatMap((l) =>
      l.items.map((it, i) => ({id: it.id, list: l.id, position: i + 1, label: it.label, topic: it.topic, text: it.text, modality: it.modality, start: it.start, end: it.end}))
    ),
    recommendation_addressees: items.flatMap((it) => [...new Set(it.addressees)].map((addressee) => ({item: it.id, addressee}))),
    recommendation_item_refs: items.flatMap((it) => [...new Set(it.references)].map((ref) => ({item: it.id, ref}))),
    // Once per pair: where two inputs share an id, recurrence lists the twin's item as well (the same id again).
    recommendation_similar: items.flatMap((it) => [...new Map(it.similar.map((s) => [s.item, s])).values()].map((s) => ({item: it.id, similar: s.item, score: s.score})))
  }
}
