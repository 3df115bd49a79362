/**
 * What `reskb show` needs, precomputed: for every key, the instrument's
 * outline (when its text is in the knowledge base) and every place that cites
 * it. Stored as one text file of lines `KEY\tJSON`, sorted by key, after a
 * header line listing the keys, so that a lookup reads the file and parses
 * only the lines of the key it wants — fast on the knowledge base of a whole
 * archive, where parsing kb.json would not be.
 */
import type {Document, Instrument, KnowledgeBase} from './schema.js'
import {citesOf, clip, containerLabels, placeOf, type Place} from './places.js'
import {undocsUrl} from '../un/undocs.js'
import {naturalCompare} from './xref-index.js'

export const SHOW_INDEX_FILE = 'show.idx'
const MAGIC = 'reskb-show 1'

export interface Outline {
  key: string
  title: string | null
  adoptedBy: string | null
  document: string
  path: string
  /** the official document, for keys that are UN document symbols (A/RES/69/197) */
  url: string | null
  /** the issuer of the document that holds it, and the evidence the resolver weighed */
  issuer: {prefix: string; evidence: string[]}
  preamble: {lead: string | null; action: string | null}[]
  operative: {label: string | null; lead: string | null; action: string | null; text: string}[]
  annexes: {label: string; title: string | null; paragraphs: number; tables: number; recommendations: number}[]
  cites: {key: string; kind: string; count: number}[]
}

/** A text of the knowledge base under its own symbol: where it is and who issued it. */
export interface TextIdentity {
  path: string
  issuer: {prefix: string; evidence: string[]}
}

export type ShowRecord =
  | {key: string; type: 'instrument'; outline: Outline}
  | {key: string; type: 'document'; text: TextIdentity}
  | {key: string; type: 'citation'; place: Place; kind: string; url: string | null}

const RECORD_ORDER: Record<ShowRecord['type'], number> = {instrument: 0, document: 1, citation: 2}


/** `adopting-body 安全理事会`: each piece of evidence for the document's issuer, the same one repeated counted once (`×5`). */
export function issuerSummary(doc: Document): {prefix: string; evidence: string[]} {
  const counts = new Map<string, number>()
  for (const e of doc.identity.evidence) {
    const line = `${e.kind}${e.prefix === doc.identity.issuer ? '' : ` (${e.prefix})`} ${clip(e.text.trim(), 40)}`
    counts.set(line, (counts.get(line) ?? 0) + 1)
  }
  return {prefix: doc.identity.issuer, evidence: [...counts].map(([line, n]) => (n > 1 ? `${line} ×${n}` : line))}
}

function outline(doc: Document, inst: Instrument): Outline {
  return {
    key: inst.key,
    title: inst.title,
    adoptedBy: inst.adoptedBy,
    document: doc.id,
    path: doc.source.path,
    url: undocsUrl(inst.key),
    issuer: issuerSummary(doc),
    preamble: inst.preamble.map((p) => ({lead: p.lead, action: p.action})),
    operative: inst.operative.map((p) => ({label: p.label, lead: p.lead, action: p.action, text: p.text})),
    annexes: inst.annexes.map((a) => ({
      label: a.label,
      title: a.title,
      paragraphs: a.paragraphs.length,
      tables: a.tables.length,
      recommendations: doc.recommendationLists.filter((l) => l.in === inst.key && l.annex === a.label).reduce((n, l) => n + l.items.length, 0)
    })),
    cites: citesOf(doc, inst.key).sort((a, b) => naturalCompare(a.key, b.key))
  }
}

/** One document's records: outlines of its instruments not outlined by an earlier document (`outlined`), then its citations. */
function documentRecords(doc: Document, outlined: Set<string>): ShowRecord[] {
  const records: ShowRecord[] = []
  for (const inst of doc.instruments) {
    if (outlined.has(inst.key)) continue
    outlined.add(inst.key)
    records.push({key: inst.key, type: 'instrument', outline: outline(doc, inst)})
  }
  if (doc.identity.symbol) records.push({key: doc.identity.symbol, type: 'document', text: {path: doc.source.path, issuer: issuerSummary(doc)}})
  const labels = containerLabels(doc)
  for (const ref of doc.references) {
    if (ref.kind === 'footnote' || ref.kind === 'paragraph') continue
    const place = placeOf(doc, ref, labels)
    // A place's context, not its whole paragraph: a one-line text of 1 MB cited 10,000 times would be 10 GB.
    records.push({key: ref.key, type: 'citation', place: {...place, text: around(place.text, ref.start, ref.end)}, kind: ref.kind, url: ref.url})
  }
  return records
}

interface Ordered {
  key: string
  type: ShowRecord['type']
  /** place in document order */
  seq: number
}

/** The file's order, stable: by key, instruments first, then texts, citations in document order. */
function inFileOrder(a: Ordered, b: Ordered): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1
  return RECORD_ORDER[a.type] - RECORD_ORDER[b.type] || a.seq - b.seq
}

export function showRecords(kb: KnowledgeBase): ShowRecord[] {
  const outlined = new Set<string>()
  return kb.documents
    .flatMap((doc) => documentRecords(doc, outlined))
    .map((record, seq) => ({record, key: record.key, type: record.type, seq}))
    .sort(inFileOrder)
    .map((r) => r.record)
}

/** Characters of context kept on each side of a citation. */
const CONTEXT_CHARS = 120

function around(text: string, start: number, end: number): string {
  if (text.length <= end - start + 2 * CONTEXT_CHARS) return text
  const a = Math.max(0, start - CONTEXT_CHARS)
  const b = Math.min(text.length, end + CONTEXT_CHARS)
  return `${a > 0 ? '…' : ''}${text.slice(a, b)}${b < text.length ? '…' : ''}`
}

/** Raised for a show index whose bytes are not what a build wrote. */
export class DamagedIndexError extends Error {}

interface ShowHeader {
  keys: string[]
  /** kb.json's generation (transaction.ts) */
  generation?: string
  /** bytes of the file after the header line: a truncated file is told from a short one */
  body?: number
}

export function encodeShowIndex(records: ShowRecord[], generation?: string): string {
  return indexFile(records.map((r) => ({key: r.key, line: lineOf(r)})), generation).toString('utf8')
}

/**
 * The show index of these documents, as encodeShowIndex(showRecords(…))
 * makes it, one document at a time: each record becomes its line at once,
 * so what is held is the lines and then the file's bytes, not the records,
 * their lines, the joined text and its bytes together — on a large
 * knowledge base the largest transient of the whole write.
 */
export function showIndexBytes(documents: Document[], generation?: string): Buffer {
  const outlined = new Set<string>()
  const lines: (Ordered & {line: string})[] = []
  for (const doc of documents) {
    for (const r of documentRecords(doc, outlined)) lines.push({key: r.key, type: r.type, seq: lines.length, line: lineOf(r)})
  }
  return indexFile(lines.sort(inFileOrder), generation)
}

function lineOf(record: ShowRecord): string {
  return `${record.key}\t${JSON.stringify(record)}`
}

/**
 * The header line (every key, kb.json's generation, the body's length, so a truncated file
 * is told from a short one), then the lines, each ending in a newline.
 */
function indexFile(lines: {key: string; line: string}[], generation?: string): Buffer {
  const keys = lines.map((l) => l.key).filter((key, i, all) => i === 0 || key !== all[i - 1])
  let body = lines.length === 0 ? 1 : 0
  for (const l of lines) body += Buffer.byteLength(l.line) + 1
  const header = `${MAGIC}\t${JSON.stringify({keys, ...(generation ? {generation} : {}), body} satisfies ShowHeader)}\n`
  const out = Buffer.alloc(Buffer.byteLength(header) + body, 10)
  let at = out.write(header)
  for (const l of lines) at += out.write(l.line, at) + 1
  return out
}

/** The header of a show index, checked against the file's length; throws DamagedIndexError. */
export function showIndexHeader(bytes: Uint8Array): ShowHeader {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const nl = buf.indexOf(10)
  if (buf.toString('utf8', 0, MAGIC.length + 1) !== `${MAGIC}\t` || nl < 0) throw new DamagedIndexError('not a reskb show index')
  let header: ShowHeader
  try {
    header = JSON.parse(buf.toString('utf8', MAGIC.length + 1, nl)) as ShowHeader
  } catch {
    throw new DamagedIndexError('its header is not JSON')
  }
  if (!Array.isArray(header.keys) || !header.keys.every((k) => typeof k === 'string')) throw new DamagedIndexError('its header has no key list')
  if (header.body !== undefined && header.body !== buf.length - nl - 1) throw new DamagedIndexError(`it is ${buf.length - nl - 1} bytes after the header, not ${header.body}: truncated or changed`)
  return header
}

/**
 * Records of `key` and of its sub-keys (`UNTOC/art32` → also `UNTOC/art32/para4`),
 * searched in the file's bytes: only the matching lines are decoded and parsed.
 */
export function lookupShowIndex(bytes: Uint8Array, key: string): ShowRecord[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf.toString('utf8', 0, MAGIC.length + 1) !== `${MAGIC}\t`) throw new DamagedIndexError('not a reskb show index')
  // The key's own lines and its sub-keys' lines are two runs of the sorted file.
  const lines = new Map<number, string>()
  for (const probe of [`\n${key}\t`, `\n${key}/`]) {
    let at = buf.indexOf(probe, 0, 'utf8')
    while (at >= 0 && !lines.has(at)) {
      const end = buf.indexOf(10, at + 1)
      const line = buf.toString('utf8', at + 1, end < 0 ? buf.length : end)
      const lineKey = line.slice(0, line.indexOf('\t'))
      if (!(lineKey === key || lineKey.startsWith(`${key}/`))) break
      lines.set(at, line)
      at = end
    }
  }
  return [...lines.keys()].sort((a, b) => a - b).map((at) => recordOf(lines.get(at) as string))
}

/** A line's record, checked for the fields `reskb show` reads. */
function recordOf(line: string): ShowRecord {
  let r: ShowRecord
  try {
    r = JSON.parse(line.slice(line.indexOf('\t') + 1)) as ShowRecord
  } catch {
    throw new DamagedIndexError('a line is not JSON')
  }
  const ok =
    typeof r === 'object' && r !== null && typeof r.key === 'string' &&
    (r.type === 'instrument'
      ? typeof r.outline === 'object' && r.outline !== null && Array.isArray(r.outline.preamble) && Array.isArray(r.outline.operative) && Array.isArray(r.outline.annexes) && Array.isArray(r.outline.cites)
      : r.type === 'citation' && typeof r.place === 'object' && r.place !== null && typeof r.place.snippet === 'string')
  if (!ok) throw new DamagedIndexError('a line is not a show record')
  return r
}

export function showIndexKeys(bytes: Uint8Array): string[] {
  return showIndexHeader(bytes).keys
}

/** The same lookup on records held in memory (a knowledge base built from files now). */
export function lookupRecords(records: ShowRecord[], key: string): ShowRecord[] {
  return records.filter((r) => r.key === key || r.key.startsWith(`${key}/`))
}
