/**
 * The index as stored: a small header (plain JSON: the distinct values of
 * the repeated columns) and binary blobs (postings, term list, ids, labels,
 * row indexes, texts). `serializeIndex` makes a JSON
 * value with the blobs in base64; file.ts writes the same parts as raw bytes.
 * Loading tokenises nothing and builds no maps.
 */
import {DictColumn, TextColumn, asBuffer, i32Bytes, i32FromBytes, u32Bytes, u32FromBytes} from './codec.js'
import type {SearchIndex} from './types.js'

export const INDEX_FORMAT = 'reskb-search-index'
/** 3: ids, labels and the row indexes of the repeated columns are blobs; the header holds only the distinct values. */
export const INDEX_VERSION = 3

export interface IndexHeader {
  format: typeof INDEX_FORMAT
  version: typeof INDEX_VERSION
  n: number
  /** distinct values of the repeated columns (their row indexes are blobs) */
  docId: string[]
  instrument: string[]
  kind: string[]
}

export const BLOB_NAMES = [
  'lens',
  'terms',
  'termStart',
  'postings',
  'postStart',
  'idBytes',
  'idStarts',
  'idRank',
  'labelBytes',
  'labelStarts',
  'labelPresent',
  'docIdIdx',
  'instrumentIdx',
  'kindIdx',
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

function presence(col: TextColumn, n: number): Uint8Array {
  return col.present ?? new Uint8Array(n).fill(1)
}

export function toParts(index: SearchIndex): {header: IndexHeader; blobs: Blobs} {
  const n = index.n
  return {
    header: {
      format: INDEX_FORMAT,
      version: INDEX_VERSION,
      n,
      docId: index.docIds.values,
      instrument: index.instruments.values,
      kind: index.kinds.values
    },
    blobs: {
      lens: u32Bytes(index.lens),
      terms: Buffer.from(index.terms, 'utf16le'),
      termStart: u32Bytes(index.termStart),
      postings: index.postings,
      postStart: u32Bytes(index.postStart),
      idBytes: index.ids.bytes,
      idStarts: u32Bytes(index.ids.starts),
      idRank: u32Bytes(index.idRank),
      labelBytes: index.labels.bytes,
      labelStarts: u32Bytes(index.labels.starts),
      labelPresent: presence(index.labels, n),
      docIdIdx: i32Bytes(index.docIds.idx),
      instrumentIdx: i32Bytes(index.instruments.idx),
      kindIdx: i32Bytes(index.kinds.idx),
      textBytes: index.texts.bytes,
      textStarts: u32Bytes(index.texts.starts),
      simpleBytes: index.simplified.bytes,
      simpleStarts: u32Bytes(index.simplified.starts),
      simplePresent: presence(index.simplified, n)
    }
  }
}

function dict(values: unknown, idx: Uint8Array, n: number, what: string): DictColumn {
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) throw new Error(`search index: bad column ${what}`)
  const col = new DictColumn(values, i32FromBytes(idx))
  if (col.idx.length !== n || col.idx.some((i) => i >= values.length || i < -1)) throw new Error(`search index: bad column ${what}`)
  return col
}

function text(bytes: Uint8Array, starts: Uint8Array, present: Uint8Array | undefined, encoding: 'utf16le' | 'utf8', n: number, what: string): TextColumn {
  const col = new TextColumn(asBuffer(bytes), u32FromBytes(starts), present, encoding)
  const size = encoding === 'utf8' ? bytes.length : bytes.length / 2
  if (col.length !== n || (present && present.length !== n) || col.starts[n] !== size) throw new Error(`search index: inconsistent column ${what}`)
  return col
}

export function fromParts(header: unknown, blobs: Partial<Blobs>): SearchIndex {
  const h = header as Partial<IndexHeader> | null
  if (!h || typeof h !== 'object' || h.format !== INDEX_FORMAT) throw new Error('not a reskb search index')
  if (h.version !== INDEX_VERSION) throw new Error(`search index version ${String(h.version)}, expected ${INDEX_VERSION}`)
  const n = h.n
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new Error('search index: bad paragraph count')
  for (const name of BLOB_NAMES) if (!(blobs[name] instanceof Uint8Array)) throw new Error(`search index: missing ${name}`)
  const b = blobs as Blobs
  const lens = u32FromBytes(b.lens)
  const termStart = u32FromBytes(b.termStart)
  const postStart = u32FromBytes(b.postStart)
  const idRank = u32FromBytes(b.idRank)
  const terms = asBuffer(b.terms).toString('utf16le')
  if (
    lens.length !== n ||
    idRank.length !== n ||
    postStart.length !== termStart.length ||
    postStart[postStart.length - 1] !== b.postings.length ||
    termStart[termStart.length - 1] !== terms.length
  ) {
    throw new Error('search index: inconsistent columns')
  }
  let total = 0
  for (let i = 0; i < n; i++) total += lens[i]
  return {
    n,
    ids: text(b.idBytes, b.idStarts, undefined, 'utf8', n, 'ids'),
    idRank,
    docIds: dict(h.docId, b.docIdIdx, n, 'docId'),
    instruments: dict(h.instrument, b.instrumentIdx, n, 'instrument'),
    labels: text(b.labelBytes, b.labelStarts, b.labelPresent, 'utf8', n, 'labels'),
    kinds: dict(h.kind, b.kindIdx, n, 'kind'),
    texts: text(b.textBytes, b.textStarts, undefined, 'utf16le', n, 'texts'),
    simplified: text(b.simpleBytes, b.simpleStarts, b.simplePresent, 'utf16le', n, 'simplified'),
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
