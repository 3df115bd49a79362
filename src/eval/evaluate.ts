/**
 * Scores of a knowledge base against gold files: references (precision,
 * recall and F1 of the (kind, key) multiset per document, per kind and in
 * total) and recommendation lists (lists, item fields, addressees, modality).
 */
import {scoreReferences, type KindScore} from '../refs/index.js'
import {analysisForm} from '../ingest/script.js'
import type {Document, KnowledgeBase} from '../kb/schema.js'
import type {GoldFile} from './gold.js'
import {isEnglishSide} from './scope.js'

export interface RecommendationScore {
  lists: {expected: number; found: number; matched: number}
  /** items whose label, topic and head equal gold, over gold items */
  items: {expected: number; found: number; exact: number}
  /** list fields (adoptedBy, meeting) that equal gold */
  fields: {expected: number; equal: number}
  addressees: {compared: number; agree: number}
  modality: {compared: number; agree: number}
}

/** One document's reference errors: keys found and not in gold, keys in gold not found. */
export interface DocumentMisses {
  file: string
  falsePositives: {kind: string; key: string}[]
  falseNegatives: {kind: string; key: string}[]
}

export interface Evaluation {
  documents: {file: string; found: boolean}[]
  misses: DocumentMisses[]
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
  const misses: DocumentMisses[] = []
  for (const gold of golds) {
    const doc = documentFor(kb, gold.file)
    documents.push({file: gold.file, found: doc !== undefined})
    const want = gold.references.filter((r) => !isEnglishSide(r.surface))
    const got = (doc?.references ?? []).filter((r) => r.kind !== 'footnote' && !isEnglishSide(r.surface))
    // Keys are scoped by document so the multisets are compared per document.
    for (const r of want) expected.push({kind: r.kind, key: `${gold.file}|${r.key}`})
    for (const r of got) found.push({kind: r.kind, key: `${gold.file}|${r.key}`})
    misses.push({file: gold.file, ...multisetDifference(got, want)})
    if (!doc) continue
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
  return {documents, misses, references: scoreReferences(found, expected), recommendations: rec}
}

function multisetDifference(
  found: {kind: string; key: string}[],
  gold: {kind: string; key: string}[]
): Omit<DocumentMisses, 'file'> {
  const left = new Map<string, number>()
  const id = (r: {kind: string; key: string}) => `${r.kind}\u0000${r.key}`
  for (const r of gold) left.set(id(r), (left.get(id(r)) ?? 0) + 1)
  const falsePositives: {kind: string; key: string}[] = []
  for (const r of found) {
    const n = left.get(id(r)) ?? 0
    if (n > 0) left.set(id(r), n - 1)
    else falsePositives.push({kind: r.kind, key: r.key})
  }
  const falseNegatives: {kind: string; key: string}[] = []
  for (const r of gold) {
    const n = left.get(id(r)) ?? 0
    if (n > 0) {
      left.set(id(r), n - 1)
      falseNegatives.push({kind: r.kind, key: r.key})
    }
  }
  return {falsePositives, falseNegatives}
}

/** Per document, the references found and not in gold (`+`) and in gold and not found (`-`). */
export function formatMisses(e: Evaluation): string {
  const lines: string[] = []
  for (const d of e.misses) {
    if (!d.falsePositives.length && !d.falseNegatives.length) continue
    lines.push(d.file)
    for (const r of d.falsePositives) lines.push(`  + ${r.kind.padEnd(12)} ${r.key}`)
    for (const r of d.falseNegatives) lines.push(`  - ${r.kind.padEnd(12)} ${r.key}`)
  }
  return lines.length ? lines.join('\n') : 'no misses'
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
