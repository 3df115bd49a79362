/**
 * Reading the term dictionary and postings of a SearchIndex.
 * Postings are decoded into caller-owned scratch arrays: a query allocates
 * nothing per posting.
 */
import {ByteReader} from './codec.js'
import type {SearchIndex} from './types.js'

/** Decoded postings: `docs[0..length)` ascending, with their term frequencies. */
export class PostingList {
  readonly docs: Uint32Array
  readonly tfs: Uint32Array
  length = 0

  constructor(capacity: number) {
    this.docs = new Uint32Array(capacity)
    this.tfs = new Uint32Array(capacity)
  }
}

export function termCount(index: SearchIndex): number {
  return index.termStart.length - 1
}

export function termAt(index: SearchIndex, t: number): string {
  return index.terms.slice(index.termStart[t], index.termStart[t + 1] - 1)
}

/** First term index whose term is >= `key` (UTF-16 code-unit order, as the terms are sorted). */
export function lowerBound(index: SearchIndex, key: string): number {
  let lo = 0
  let hi = termCount(index)
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (termAt(index, mid) < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of `term`, or -1. */
export function findTerm(index: SearchIndex, term: string): number {
  const t = lowerBound(index, term)
  return t < termCount(index) && termAt(index, t) === term ? t : -1
}

/** Index of the term whose text covers offset `pos` of `index.terms`. */
function termContaining(index: SearchIndex, pos: number): number {
  let lo = 0
  let hi = termCount(index) - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if (index.termStart[mid] <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Calls `fn(doc, tf)` for every posting of term `t`. Encoding: varint
 * (doc delta × 2 + (tf > 1)), then varint tf when tf > 1.
 */
export function eachPosting(index: SearchIndex, t: number, fn: (doc: number, tf: number) => void): void {
  const end = index.postStart[t + 1]
  const r = new ByteReader(index.postings, index.postStart[t])
  let doc = 0
  while (r.pos < end) {
    const v = r.varint()
    doc += Math.floor(v / 2)
    fn(doc, v % 2 === 1 ? r.varint() : 1)
  }
}

export function readPostings(index: SearchIndex, t: number, out: PostingList): void {
  out.length = 0
  eachPosting(index, t, (doc, tf) => {
    out.docs[out.length] = doc
    out.tfs[out.length++] = tf
  })
}

const HAN_BIGRAM = /^\p{Script=Han}{2}$/u

/**
 * A lone Han character has no term of its own unless it stood alone in the
 * text: gather it from the bigrams it begins and ends. tf = isolated
 * occurrences + the larger of the two bigram sums (an occurrence inside a run
 * begins or ends some bigram, most both).
 */
export function charPostings(index: SearchIndex, ch: string, out: PostingList): void {
  const n = index.n
  const head = new Uint32Array(n)
  const tail = new Uint32Array(n)
  const alone = new Uint32Array(n)
  const count = termCount(index)
  for (let t = lowerBound(index, ch); t < count; t++) {
    const term = termAt(index, t)
    if (!term.startsWith(ch)) break
    if (term === ch) eachPosting(index, t, (d, tf) => (alone[d] += tf))
    else if (HAN_BIGRAM.test(term)) eachPosting(index, t, (d, tf) => (head[d] += tf))
  }
  const needle = ch + '\n'
  for (let pos = index.terms.indexOf(needle); pos >= 0; pos = index.terms.indexOf(needle, pos + 1)) {
    const t = termContaining(index, pos)
    const term = termAt(index, t)
    if (term !== ch && term.endsWith(ch) && HAN_BIGRAM.test(term)) eachPosting(index, t, (d, tf) => (tail[d] += tf))
  }
  out.length = 0
  for (let d = 0; d < n; d++) {
    const tf = alone[d] + Math.max(head[d], tail[d])
    if (tf === 0) continue
    out.docs[out.length] = d
    out.tfs[out.length++] = tf
  }
}
