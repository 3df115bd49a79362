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
import {naturalCompare} from './xref-index.js'

export const SHOW_INDEX_FILE = 'show.idx'
const MAGIC = 'reskb-show 1'

export interface Outline {
  key: string
  title: string | null
  adoptedBy: string | null
  document: string
  path: string
  preamble: {lead: string | null; action: string | null}[]
  operative: {label: string | null; lead: string | null; action: string | null; text: string}[]
  annexes: {label: string; title: string | null; paragraphs: number; tables: number; recommendations: number}[]
  cites: {key: string; kind: string; count: number}[]
}

export type ShowRecord = {key: string; type: 'instrument'; outline: Outline} | {key: string; type: 'citation'; place: Place; kind: string; url: string | null}


function outline(doc: Document, inst: Instrument): Outline {
  return {
    key: inst.key,
    title: inst.title,
    adoptedBy: inst.adoptedBy,
    document: doc.id,
    path: doc.source.path,
    preamble: inst.preamble.map((p) => ({lead: p.lead, action: p.action})),
    operative: inst.operative.map((p) => ({label: p.label, lead: p.lead, action: p.action, text: clip(p.text, 60)})),
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

export function showRecords(kb: KnowledgeBase): ShowRecord[] {
  const records: ShowRecord[] = []
  const outlined = new Set<string>()
  for (const doc of kb.documents) {
    for (const inst of doc.instruments) {
      if (outlined.has(inst.key)) continue
      outlined.add(inst.key)
      records.push({key: inst.key, type: 'instrument', outline: outline(doc, inst)})
    }
    const labels = containerLabels(doc)
    for (const ref of doc.references) {
      if (ref.kind === 'footnote' || ref.kind === 'paragraph') continue
      const place = placeOf(doc, ref, labels)
      // A place's context, not its whole paragraph: a one-line text of 1 MB cited 10,000 times would be 10 GB.
      records.push({key: ref.key, type: 'citation', place: {...place, text: around(place.text, ref.start, ref.end)}, kind: ref.kind, url: ref.url})
    }
  }
  // Stable: by key, instruments first, citations in document order.
  return records
    .map((r, i) => ({r, i}))
    .sort((a, b) => (a.r.key < b.r.key ? -1 : a.r.key > b.r.key ? 1 : a.r.type === b.r.type ? a.i - b.i : a.r.type === 'instrument' ? -1 : 1))
    .map(({r}) => r)
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
  const keys = [...new Set(records.map((r) => r.key))]
  const body = `${records.map((r) => `${r.key}\t${JSON.stringify(r)}`).join('\n')}\n`
  return `${MAGIC}\t${JSON.stringify({keys, ...(generation ? {generation} : {}), body: Buffer.byteLength(body)} satisfies ShowHeader)}\n${body}`
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
