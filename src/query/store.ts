/**
 * The index as stored: a small header (metadata columns, plain JSON) and
 * binary blobs (postings, term list, texts). `serializeIndex` makes a JSON
 * value with the blobs in base64; file.ts writes the same parts as raw bytes.
 * Loading tokenises nothing and builds no maps.
 */
import {TextColumn, asBuffer, u32Bytes, u32FromBytes} from './codec.js'
import type {SearchIndex} from './types.js'

export const INDEX_FORMAT = 'reskb-search-index'
export const INDEX_VERSION = 2

/** A column of repeated strings: distinct values and an index per row (-1: absent). */
export interface Dict {
  values: string[]
  idx: number[]
}

export interface IndexHeader {
  format: typeof INDEX_FORMAT
  version: typeof INDEX_VERSION
  n: number
  ids: string[]
  docId: Dict
  instrument: Dict
  label: (string | null)[]
  kind: Dict
}

export const BLOB_NAMES = [
  'lens',
  'terms',
  'termStart',
  'postings',
  'postStart',
  'textBytes',
  'textStarts',
  'simpleBytes',
  'simpleStarts',
  'simplePresent'
] as const
export type BlobName = (typeof BLOB_NAMES)[number]
export type Blobs = Record<BlobName, Uint8Array>

/** The JSON value made by `serializeIndex`: the header plus base64 blobs. */
export interface StoredIndex extends IndexHeader {
  blobs: Record<BlobName, string>
}

function toDict(col: (string | undefined)[]): Dict {
  const values: string[] = []
  const pos = new Map<string, number>()
  const idx = col.map((v) => {
    if (v === undefined) return -1
    let i = pos.get(v)
    if (i === undefined) {
      i = values.length
      values.push(v)
      pos.set(v, i)
    }
    return i
  })
  return {values, idx}
}

function fromDict(d: Dict | undefined, n: number, what: string): (string | undefined)[] {
  if (!d || !Array.isArray(d.values) || !Array.isArray(d.idx) || d.idx.length !== n) throw new Error(`search index: bad column ${what}`)
  return d.idx.map((i) => (i < 0 ? undefined : d.values[i]))
}

export function toParts(index: SearchIndex): {header: IndexHeader; blobs: Blobs} {
  const simplePresent = index.simplified.present ?? new Uint8Array(index.n).fill(1)
  return {
    header: {
      format: INDEX_FORMAT,
      version: INDEX_VERSION,
      n: index.n,
      ids: index.ids,
      docId: toDict(index.docIds),
      instrument: toDict(index.instruments),
      label: index.labels.map((l) => l ?? null),
      kind: toDict(index.kinds)
    },
    blobs: {
      lens: u32Bytes(index.lens),
      terms: Buffer.from(index.terms, 'utf16le'),
      termStart: u32Bytes(index.termStart),
      postings: index.postings,
      postStart: u32Bytes(index.postStart),
      textBytes: index.texts.bytes,
      textStarts: u32Bytes(index.texts.starts),
      simpleBytes: index.simplified.bytes,
      simpleStarts: u32Bytes(index.simplified.starts),
      simplePresent
    }
  }
}

export function fromParts(header: unknown, blobs: Partial<Blobs>): SearchIndex {
  const h = header as Partial<IndexHeader> | null
  if (!h || typeof h !== 'object' || h.format !== INDEX_FORMAT) throw new Error('not a reskb search index')
  if (h.version !== INDEX_VERSION) throw new Error(`search index version ${String(h.version)}, expected ${INDEX_VERSION}`)
  const n = h.n
  if (typeof n !== 'number' || !Array.isArray(h.ids) || h.ids.length !== n) throw new Error('search index: bad ids')
  if (!Array.isArray(h.label) || h.label.length !== n) throw new Error('search index: bad labels')
  for (const name of BLOB_NAMES) if (!(blobs[name] instanceof Uint8Array)) throw new Error(`search index: missing ${name}`)
  const b = blobs as Blobs
  const lens = u32FromBytes(b.lens)
  const termStart = u32FromBytes(b.termStart)
  const postStart = u32FromBytes(b.postStart)
  const texts = new TextColumn(asBuffer(b.textBytes), u32FromBytes(b.textStarts))
  const simplified = new TextColumn(asBuffer(b.simpleBytes), u32FromBytes(b.simpleStarts), b.simplePresent)
  const terms = asBuffer(b.terms).toString('utf16le')
  if (
    lens.length !== n ||
    texts.length !== n ||
    simplified.length !== n ||
    b.simplePresent.length !== n ||
    postStart.length !== termStart.length ||
    postStart[postStart.length - 1] !== b.postings.length ||
    termStart[termStart.length - 1] !== terms.length ||
    texts.starts[n] * 2 !== b.textBytes.length
  ) {
    throw new Error('search index: inconsistent columns')
  }
  let total = 0
  for (let i = 0; i < n; i++) total += lens[i]
  return {
    n,
    ids: h.ids,
    docIds: fromDict(h.docId, n, 'docId') as string[],
    instruments: fromDict(h.instrument, n, 'instrument'),
    labels: h.label.map((l) => l ?? undefined),
    kinds: fromDict(h.kind, n, 'kind') as string[],
    texts,
    simplified,
    lens,
    avgdl: n === 0 ? 0 : total / n,
    terms,
    termStart,
    postings: b.postings,
    postStart
  }
}

/** The index as a JSON value (blobs base64): `JSON.stringify` it as it is. */
export function serializeIndex(index: SearchIndex): StoredIndex {
  const {header, blobs} = toParts(index)
  const encoded = {} as Record<BlobName, string>
  for (const name of BLOB_NAMES) encoded[name] = asBuffer(blobs[name]).toString('base64')
  return {...header, blobs: encoded}
}

/** Reads a value made by `serializeIndex` (after a JSON round trip or not). */
export function loadIndex(json: unknown): SearchIndex {
  const s = json as Partial<StoredIndex> | null
  const blobs: Partial<Blobs> = {}
  if (s && typeof s === 'object' && s.blobs && typeof s.blobs === 'object') {
    for (const name of BLOB_NAMES) {
      const v = s.blobs[name]
      if (typeof v === 'string') blobs[name] = Buffer.from(v, 'base64')
    }
  }
  return fromParts(s, blobs)
}
