/**
 * What the coordinator (`reskb build --queue`) and the workers (`reskb
 * worker`) agree on: the queue's name, a job's data, where a result goes and
 * how it is encoded.
 *
 * The queue is named by the pipeline fingerprint (kb/version.ts), so a worker
 * running other code or packages never takes a job whose result would differ
 * from a local build's. A result goes to Redis under its job's id, as the
 * bytes worker.ts encodes (header with the search terms, then the kb.json
 * fragment), and the coordinator deletes it once it has it: workers need no
 * writable shared folder, and Redis holds only results not yet collected.
 */
import {createHash} from 'node:crypto'
import {withSearch, type Encoded} from '../../kb/worker.js'

export interface FileJob {
  /** the file to read, as an absolute path: every machine sees the inputs at the same place */
  file: string
  /** the path recorded in the document (relative to the coordinator's working folder) */
  path: string
  /** sha256 of the bytes the coordinator read: a worker that reads other bytes fails the job */
  sha256: string
  bytes: number
}

/** What a worker returns for a job; the result itself is at resultKey(job id). */
export interface JobDone {
  worker: string
}

/** Tries per file before it is refused; a worker killed mid-job gives it back without spending one. */
export const ATTEMPTS = 3
/** How often a job may be given back by a worker that died holding it, before it fails. */
export const MAX_STALLS = 2
/** An uncollected result (its coordinator died) expires after a day. */
export const RESULT_TTL_SECONDS = 86_400
/** The refusal of a file whose every attempt failed on the workers. */
export const QUEUE_FAILED = 'reskb:queue-failed'

/** A fault of the queue (Redis unreachable, a bad URL): one line for the user, never a stack. */
export class QueueError extends Error {}

export function queueName(fingerprint: string): string {
  return `reskb-${fingerprint.slice(0, 16)}`
}

export function resultKey(queue: string, jobId: string): string {
  return `${queue}:result:${jobId}`
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** A 4-byte header length, the header (with the search terms, as the cache keeps it), the fragment. */
export function encodeResult(encoded: Encoded): Buffer {
  const {header, fragment} = withSearch(encoded)
  const head = Buffer.from(header)
  const length = Buffer.alloc(4)
  length.writeUInt32BE(head.length)
  return Buffer.concat([length, head, fragment])
}

export function decodeResult(bytes: Buffer): Encoded {
  const length = bytes.readUInt32BE(0)
  if (4 + length > bytes.length) throw new Error('a result in Redis is truncated')
  return {header: bytes.toString('utf8', 4, 4 + length), fragment: bytes.subarray(4 + length)}
}
