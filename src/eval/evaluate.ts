/**
 * Scores of a knowledge base against gold files: references (precision,
 * recall and F1 of the (kind, key) multiset per document, per kind and in
 * total) and recommendation lists (lists, item fields, addressees, modality).
 */
import {scoreReferences, type KindScore} from '../refs/index.js'
import {analysisForm} from '../ingest/script.js'
import type {Document, KnowledgeBase} from '../kb/schema.js'
import type {GoldFile} from './gold.js'

export interface RecommendationScore {
  lists: {expected: number; found: number; matched: number}
  /** items whose label, topic and head equal gold, over gold items */
  items: {expected: number; found: number; exact: number}
  /** list fields (adoptedBy, meeting) that equal gold */
  fields: {expected: number; equal: number}
  addressees: {compared: number; agree: number}
  modality: {compared: number; agree: number}
}

export interface Evaluation {
  documents: {file: string; found: boolean}[]
  references: {perKind: KindScore[]; total: KindScore}
  recommendations: RecommendationScore
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '')

function documentFor(kb: KnowledgeBase, file: string): Document | undefined {
  return kb.documents.find((d) => d.source.path.split('/').pop() === file)
}

export function evaluate(kb: KnowledgeBase, golds: GoldFile[]): Evaluation {
  const found: {kind: string; key: string}[] = []
  const expected: {kind: string; key: string}[] = []
  const rec: RecommendationScore = {
    lists: {expected: 0, found: 0, matched: 0},
    items: {expected: 0, found: 0, exact: 0},
    fields: {expected: 0, equal: 0},
    addressees: {compared: 0, agree: 0},
    modality: {compared: 0, agree: 0}
  }
  const documents: Evaluation['documents'] = []
  for (const gold of golds) {
    const doc = documentFor(kb, gold.file)
    documents.push({file: gold.file, found: doc !== undefined})
    // Keys are scoped by document so the multisets are compared per document.
    for (const r of gold.references) expected.push({kind: r.kind, key: `${gold.file}|${r.key}`})
    if (!doc) continue
    for (const r of doc.references) if (r.kind !== 'footnote') found.push({kind: r.kind, key: `${gold.file}|${r.key}`})
    const read = (s: string | null) => squash(analysisForm(s ?? '', doc.source.script))
    rec.lists.expected += gold.recommendationLists.length
    rec.lists.found += doc.recommendationLists.length
    for (const gl of gold.recommendationLists) {
      rec.items.expected += gl.items.length
      rec.fields.expected += 2
      const list = doc.recommendationLists.find((l) => l.in === gl.in && read(l.annex) === squash(gl.annex))
      if (!list) continue
      rec.lists.matched++
      rec.items.found += list.items.length
      if (read(list.adoptedBy) === squash(gl.adoptedBy)) rec.fields.equal++
      if (read(list.meeting) === squash(gl.meeting)) rec.fields.equal++
      for (const gi of gl.items) {
        const item = list.items.find((i) => i.label === gi.label)
        if (!item) continue
        const head = squash(gi.head)
        if (read(item.topic) === squash(gi.topic) && read(item.text).slice(0, head.length) === head) rec.items.exact++
        rec.addressees.compared++
        if ([...item.addressees].sort().join() === [...gi.addressees].sort().join()) rec.addressees.agree++
        rec.modality.compared++
        if (item.modality === gi.modality) rec.modality.agree++
      }
    }
  }
  return {documents, references: scoreReferences(found, expected), recommendations: rec}
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`)
const f3 = (x: number) => x.toFixed(3)

export function formatEvaluation(e: Evaluation): string {
  const lines: string[] = []
  const missing = e.documents.filter((d) => !d.found)
  lines.push(`Gold files: ${e.documents.length}${missing.length ? ` (not in the knowledge base: ${missing.map((d) => d.file).join(', ')})` : ''}`)
  lines.push('', 'References (kind, key) per document:', '')
  lines.push(`${'kind'.padEnd(14)}${'gold'.padStart(6)}${'found'.padStart(7)}${'tp'.padStart(6)}${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}`)
  for (const k of [...e.references.perKind, e.references.total]) {
    lines.push(`${k.kind.padEnd(14)}${String(k.tp + k.fn).padStart(6)}${String(k.tp + k.fp).padStart(7)}${String(k.tp).padStart(6)}${f3(k.precision).padStart(8)}${f3(k.recall).padStart(8)}${f3(k.f1).padStart(8)}`)
  }
  const r = e.recommendations
  lines.push('', 'Recommendation lists:', '')
  lines.push(`lists        ${r.lists.matched}/${r.lists.expected} matched (${r.lists.found} found)`)
  lines.push(`items        ${r.items.exact}/${r.items.expected} with label, topic and head as gold (${r.items.found} found)`)
  lines.push(`list fields  ${r.fields.equal}/${r.fields.expected} adoptedBy and meeting as gold`)
  lines.push(`addressees   ${r.addressees.agree}/${r.addressees.compared} (${pct(r.addressees.agree, r.addressees.compared)})`)
  lines.push(`modality     ${r.modality.agree}/${r.modality.compared} (${pct(r.modality.agree, r.modality.compared)})`)
  return lines.join('\n')
}
