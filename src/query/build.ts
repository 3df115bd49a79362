/**
 * Building the search index: fold each paragraph (normalize.ts), count its
 * terms (terms.ts), and pack term → postings (paragraph, tf) as varints.
 *
 * SearchIndexBuilder takes paragraphs in index order, either as texts it
 * counts itself or with their terms counted elsewhere (a parse worker:
 * `paragraphTerms`, interned here on arrival in any order). The index is the
 * same bytes either way: terms are sorted at the end, so ids never show.
 *
 * Memory: per paragraph only its counts (a varint stream, ~3 bytes a
 * posting); per term its postings' final size. `finish` lays the postings
 * out in one buffer of their exact size and fills it from the streams.
 */
import {DictColumn, TextColumn, ranks} from './codec.js'
import {termCount} from './postings.js'
import {TermCounter, TermTable, VarintWriter, countTexts, readStream, varintLength, type ParagraphTerms} from './terms.js'
import type {SearchDoc, SearchIndex} from './types.js'

/** Counted terms of a run of paragraphs, ids of one builder's table (SearchIndexBuilder.intern). */
export interface InternedTerms {
  readonly table: TermTable
  readonly paragraphs: number
  readonly stream: Uint8Array
  readonly simplified: [number, string][]
}

export class SearchIndexBuilder {
  private readonly table = new TermTable()
  private counter: TermCounter | undefined
  private docs: SearchDoc[] = []
  private streams: InternedTerms[] = []
  private finished = false
  private simplified: (string | null)[] = []
  private lens = new Uint32Array(1 << 10)
  /** per term: bytes of its postings, and the last paragraph it was seen in */
  private bytes = new Uint32Array(1 << 10)
  private last = new Int32Array(1 << 10)
  private total = 0

  /** Terms counted elsewhere, given ids of this builder (in any order of arrival). */
  intern(terms: ParagraphTerms): InternedTerms {
    if (this.finished) throw new Error('search index builder: already finished')
    const {keys, strings} = terms
    const ids = new Uint32Array(keys.length)
    let j = 0
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== 0) ids[i] = this.table.keyId(keys[i])
      else if (j < strings.length) ids[i] = this.table.id(strings[j++])
      else throw new Error('search terms: fewer strings than string terms')
    }
    const out = new VarintWriter()
    readStream(
      terms.stream,
      terms.paragraphs,
      (id, tf) => {
        if (id >= ids.length) throw new Error('search terms: term id out of range')
        out.write(ids[id] * 2 + (tf > 1 ? 1 : 0))
        if (tf > 1) out.write(tf)
      },
      (_, k) => out.write(k)
    )
    return {table: this.table, paragraphs: terms.paragraphs, stream: out.take(), simplified: terms.simplified}
  }

  /** The next paragraphs of the index, counted here, or with their terms from `intern`. */
  add(docs: SearchDoc[], terms?: InternedTerms): void {
    if (this.finished) throw new Error('search index builder: already finished')
    if (terms === undefined) {
      this.counter ??= new TermCounter(this.table)
      const counted = countTexts(
        docs.map((d) => d.text),
        this.counter
      )
      terms = {table: this.table, paragraphs: docs.length, ...counted}
    }
    if (terms.table !== this.table) throw new Error('search terms interned by another builder')
    if (terms.paragraphs !== docs.length) throw new Error(`search terms: ${terms.paragraphs} paragraphs counted, ${docs.length} given`)
    const base = this.docs.length
    const end = base + docs.length
    if (end > this.lens.length) this.lens = grown(this.lens, end)
    const size = this.table.size
    if (size > this.bytes.length) {
      this.bytes = grown(this.bytes, size)
      this.last = grown(this.last, size)
    }
    const {lens, bytes, last} = this
    let p = base - 1
    readStream(
      terms.stream,
      terms.paragraphs,
      (id, tf) => {
        if (id >= size) throw new Error('search terms: term id out of range')
        lens[p] += tf
        bytes[id] += tf > 1 ? varintLength((p - last[id]) * 2 + 1) + varintLength(tf) : varintLength((p - last[id]) * 2)
        last[id] = p
      },
      () => (lens[++p] = 0)
    )
    for (let i = base; i < end; i++) this.total += lens[i]
    for (const d of docs) this.docs.push(d)
    this.simplified.length = end
    this.simplified.fill(null, base, end)
    for (const [i, s] of terms.simplified) this.simplified[base + i] = s
    this.streams.push(terms)
  }

  /** The index; the builder lets go of everything it held and takes nothing more. */
  finish(): SearchIndex {
    if (this.finished) throw new Error('search index builder: already finished')
    this.finished = true
    const {docs, table, streams} = this
    this.docs = []
    this.streams = []
    const n = docs.length
    const size = table.size
    if (size > this.bytes.length) this.bytes = grown(this.bytes, size)
    const termList = Array.from({length: size}, (_, id) => table.term(id))
    // Terms interned for paragraphs never added have no postings, and no place in the index.
    const sorted = Array.from({length: size}, (_, id) => id)
      .filter((id) => this.bytes[id] > 0)
      .sort((a, b) => (termList[a] < termList[b] ? -1 : termList[a] > termList[b] ? 1 : 0))
    const count = sorted.length
    const termStart = new Uint32Array(count + 1)
    const postStart = new Uint32Array(count + 1)
    const at = new Float64Array(size)
    let chars = 0
    let offset = 0
    sorted.forEach((id, t) => {
      termStart[t] = chars
      chars += termList[id].length + 1
      postStart[t] = offset
      at[id] = offset
      offset += this.bytes[id]
    })
    termStart[count] = chars
    postStart[count] = offset
    const postings = new Uint8Array(offset)
    const last = new Int32Array(size)
    const put = (v: number, pos: number): number => {
      while (v >= 0x80) {
        postings[pos++] = (v & 0x7f) | 0x80
        v = Math.floor(v / 128)
      }
      postings[pos++] = v
      return pos
    }
    let p = -1
    for (const s of streams) {
      readStream(
        s.stream,
        s.paragraphs,
        (id, tf) => {
          at[id] = put((p - last[id]) * 2 + (tf > 1 ? 1 : 0), at[id])
          if (tf > 1) at[id] = put(tf, at[id])
          last[id] = p
        },
        () => p++
      )
    }
    sorted.forEach((id, t) => {
      if (at[id] !== postStart[t + 1]) throw new Error('search index: postings size mismatch')
    })
    const ids = docs.map((d) => d.id)
    const simplified = this.simplified
    const lens = this.lens.slice(0, n)
    this.simplified = []
    this.lens = this.bytes = new Uint32Array(0)
    this.last = new Int32Array(0)
    return {
      n,
      ids: TextColumn.from(ids, 'utf8'),
      idRank: ranks(ids),
      docIds: DictColumn.from(docs.map((d) => d.docId)),
      instruments: DictColumn.from(docs.map((d) => d.instrument)),
      labels: TextColumn.from(
        docs.map((d) => d.label),
        'utf8'
      ),
      kinds: DictColumn.from(docs.map((d) => d.kind)),
      texts: TextColumn.from(docs.map((d) => d.text)),
      simplified: TextColumn.from(simplified),
      lens,
      avgdl: n === 0 ? 0 : this.total / n,
      terms: sorted.map((id) => termList[id] + '\n').join(''),
      termStart,
      postings,
      postStart
    }
  }
}

function grown<T extends Uint32Array | Int32Array>(a: T, size: number): T {
  let length = a.length
  while (length < size) length *= 2
  const out = new (a.constructor as new (n: number) => T)(length)
  out.set(a)
  return out
}

export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const builder = new SearchIndexBuilder()
  builder.add(docs)
  return builder.finish()
}

/** Number of paragraphs, distinct terms and postings bytes. */
export function indexStats(index: SearchIndex): {paragraphs: number; terms: number; postingsBytes: number} {
  return {paragraphs: index.n, terms: termCount(index), postingsBytes: index.postings.length}
}
