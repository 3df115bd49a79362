/**
 * The index as one binary file, for a CLI that must answer within a few
 * hundred milliseconds of starting: reading it is one read and a small
 * JSON.parse; postings and texts are used in place, never transcoded
 * (a 50 MB corpus as JSON spends most of the budget decoding UTF-8 and
 * parsing strings).
 *
 * Layout: magic `RSKBSRCH` · u32 LE header length · header JSON (UTF-8:
 * the distinct values of the repeated columns and each blob's [offset,
 * length]; a few kilobytes) · blobs, 8-aligned. Ids and labels are blobs
 * decoded one at a time, and ties between hits are broken by a stored rank
 * of the ids, so a query decodes the ids of its hits only.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {BLOB_NAMES, fromParts, toParts, type BlobName, type Blobs} from './store.js'
import type {SearchIndex} from './types.js'

/** The search index beside kb.json: a binary file `reskb search` loads in a few milliseconds. */
export const SEARCH_INDEX_FILE = 'search.idx'

const MAGIC = 'RSKBSRCH'

function align8(n: number): number {
  return (n + 7) & ~7
}

/** `generation`: kb.json's (kb/transaction.ts), so a reader can tell the index belongs to it. */
export function encodeIndexFile(index: SearchIndex, generation?: string): Buffer {
  const {header, blobs} = toParts(index)
  // Blob offsets depend on the header length, which depends on the offsets:
  // lay out relative offsets, then shift by the (fixed-point) header size.
  const rel: Record<string, [number, number]> = {}
  let pos = 0
  for (const name of BLOB_NAMES) {
    rel[name] = [pos, blobs[name].byteLength]
    pos = align8(pos + blobs[name].byteLength)
  }
  const headerJson = Buffer.from(JSON.stringify({...header, ...(generation ? {generation} : {}), blobs: rel}), 'utf8')
  const base = align8(MAGIC.length + 4 + headerJson.length)
  const out = Buffer.alloc(base + pos)
  out.write(MAGIC, 0, 'latin1')
  out.writeUInt32LE(headerJson.length, MAGIC.length)
  headerJson.copy(out, MAGIC.length + 4)
  for (const name of BLOB_NAMES) {
    const b = blobs[name]
    out.set(b, base + rel[name][0])
  }
  return out
}

/** The generation a search index file names, or undefined (an index written outside a build). */
export function indexFileGeneration(buf: Buffer): string | undefined {
  if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined
  const headerLength = buf.readUInt32LE(MAGIC.length)
  const start = MAGIC.length + 4
  if (start + headerLength > buf.length) return undefined
  try {
    const generation = (JSON.parse(buf.toString('utf8', start, start + headerLength)) as {generation?: unknown}).generation
    return typeof generation === 'string' ? generation : undefined
  } catch {
    return undefined
  }
}

export function decodeIndexFile(buf: Buffer): SearchIndex {
  if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a reskb search index file')
  const headerLength = buf.readUInt32LE(MAGIC.length)
  const start = MAGIC.length + 4
  if (start + headerLength > buf.length) throw new Error('search index file: truncated header')
  const header = JSON.parse(buf.toString('utf8', start, start + headerLength)) as {blobs?: Record<string, [number, number]>}
  const base = align8(start + headerLength)
  const blobs: Partial<Blobs> = {}
  for (const name of BLOB_NAMES) {
    const r = header.blobs?.[name]
    if (!r) continue
    const [off, len] = r
    if (base + off + len > buf.length) throw new Error(`search index file: truncated ${name}`)
    blobs[name as BlobName] = new Uint8Array(buf.buffer, buf.byteOffset + base + off, len)
  }
  return fromParts(header, blobs)
}

export function writeIndexFile(path: string, index: SearchIndex): void {
  writeFileSync(path, encodeIndexFile(index))
}

export function readIndexFile(path: string): SearchIndex {
  return decodeIndexFile(readFileSync(path))
}
