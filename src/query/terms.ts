/**
 * Counting the index terms of paragraphs, fast: the same terms as
 * `tokenize(text, 'index')` (tokenize.ts), with a term id per distinct term
 * and a count per paragraph, without making a string per Han bigram.
 *
 * A Han unigram or bigram of BMP characters is a 32-bit key (`c`, or
 * `c1 << 16 | c2`) in an open-addressing table; every other term (astral
 * Han, segmenter words, Latin/number tokens) is a string in a Map. The ids
 * are those of one TermTable: a worker uses a table of its own per document
 * (local ids, shipped as ParagraphTerms: keys, strings and counts, in one
 * binary blob), the index builder one for the whole index (build.ts).
 *
 * Counts of a run of paragraphs are a varint stream: per paragraph the number
 * of distinct terms k, then k × (id × 2 + (tf > 1), then tf when > 1).
 */
import {foldScript, foldWidthCase} from './normalize.js'
import {LATIN_TOKEN, latinTerms, longWords} from './tokenize.js'

const HAN = /\p{Script=Han}/u
let hanTable: Uint8Array | undefined

/** 1 for each BMP code unit of Script=Han. */
function bmpHan(): Uint8Array {
  if (hanTable) return hanTable
  const t = new Uint8Array(0x10000)
  for (let c = 0x2e80; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && HAN.test(String.fromCharCode(c))) t[c] = 1
  hanTable = t
  return t
}

/** The 32-bit key of a Han unigram or bigram of BMP characters, or -1 for any other term. */
export function hanKey(term: string): number {
  const han = bmpHan()
  if (term.length === 1) return han[term.charCodeAt(0)] ? term.charCodeAt(0) : -1
  if (term.length === 2) {
    const a = term.charCodeAt(0)
    const b = term.charCodeAt(1)
    return han[a] && han[b] ? ((a << 16) | b) >>> 0 : -1
  }
  return -1
}

/** Open addressing, uint32 key (never 0) → int32 value. */
class KeyTable {
  private keys = new Uint32Array(1 << 12)
  private values = new Int32Array(1 << 12)
  private shift = 32 - 12
  private size = 0

  get(key: number): number {
    const mask = this.keys.length - 1
    for (let i = Math.imul(key, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const k = this.keys[i]
      if (k === key) return this.values[i]
      if (k === 0) return -1
    }
  }

  set(key: number, value: number): void {
    if (++this.size * 2 > this.keys.length) this.grow()
    this.put(key, value)
  }

  private put(key: number, value: number): void {
    const mask = this.keys.length - 1
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift
    while (this.keys[i] !== 0) i = (i + 1) & mask
    this.keys[i] = key
    this.values[i] = value
  }

  private grow(): void {
    const {keys, values} = this
    this.keys = new Uint32Array(keys.length * 2)
    this.values = new Int32Array(keys.length * 2)
    this.shift--
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.put(keys[i], values[i])
  }
}

/**
 * Term ↔ id, ids dense from 0 in order of first sight. A Han key's string is
 * made only when asked for (`term`): a worker's table never makes it.
 */
export class TermTable {
  /** per id: its Han key, or 0 for a string term */
  private keys = new Uint32Array(1 << 10)
  /** per id: its string, for string terms */
  private readonly strings: (string | undefined)[] = []
  private readonly han = new KeyTable()
  private readonly ids = new Map<string, number>()

  get size(): number {
    return this.strings.length
  }

  /** Id of a Han unigram/bigram key (see hanKey). */
  keyId(key: number): number {
    let id = this.han.get(key)
    if (id < 0) {
      id = this.push(key, undefined)
      this.han.set(key, id)
    }
    return id
  }

  /** Id of a term that is not a Han unigram/bigram key. */
  stringId(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.push(0, term)
      this.ids.set(term, id)
    }
    return id
  }

  /** Id of any term. */
  id(term: string): number {
    const key = hanKey(term)
    return key >= 0 ? this.keyId(key) : this.stringId(term)
  }

  /** The Han key of term `id`, or 0 for a string term. */
  keyOf(id: number): number {
    return this.keys[id]
  }

  term(id: number): string {
    const key = this.keys[id]
    if (key === 0) return this.strings[id]!
    return key > 0xffff ? String.fromCharCode(key >>> 16, key & 0xffff) : String.fromCharCode(key)
  }

  private push(key: number, term: string | undefined): number {
    const id = this.strings.length
    if (id === this.keys.length) {
      const keys = new Uint32Array(id * 2)
      keys.set(this.keys)
      this.keys = keys
    }
    this.keys[id] = key
    this.strings.push(term)
    return id
  }
}

/** A growable varint buffer. */
export class VarintWriter {
  private buf = new Uint8Array(1 << 12)
  length = 0

  write(v: number): void {
    if (this.length + 5 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2)
      next.set(this.buf.subarray(0, this.length))
      this.buf = next
    }
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.buf[this.length++] = v
  }

  /** Appends raw bytes. */
  bytes(b: Uint8Array): void {
    if (this.length + b.length > this.buf.length) {
      let size = this.buf.length * 2
      while (this.length + b.length > size) size *= 2
      const next = new Uint8Array(size)
      next.set(this.buf.subarray(0, this.length))
      this.buf = next
    }
    this.buf.set(b, this.length)
    this.length += b.length
  }

  /** A copy of what was written; the writer starts over. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.length)
    this.length = 0
    return out
  }
}

/** Number of bytes of `v` as a varint. */
export function varintLength(v: number): number {
  let n = 1
  while (v >= 0x80) {
    v = Math.floor(v / 128)
    n++
  }
  return n
}

/**
 * Counts the terms of paragraphs into a stream (ids of `table`). Reuse one
 * counter for many paragraphs: its scratch arrays grow with the table.
 */
export class TermCounter {
  private mark = new Int32Array(1 << 12).fill(-1)
  private count = new Uint32Array(1 << 12)
  private seen: number[] = []
  private paragraph = 0
  readonly out = new VarintWriter()

  constructor(readonly table: TermTable) {}

  /** Counts one folded paragraph (foldText); returns its number of terms (the BM25 length). */
  add(folded: string): number {
    const han = bmpHan()
    const p = this.paragraph++
    let total = 0
    const hit = (id: number): void => {
      if (id >= this.mark.length) this.growTo(id + 1)
      if (this.mark[id] !== p) {
        this.mark[id] = p
        this.count[id] = 0
        this.seen.push(id)
      }
      this.count[id]++
      total++
    }
    // Han runs: bigrams by code point, a one-character run itself (tokenize.hanGrams).
    const n = folded.length
    for (let i = 0; i < n; ) {
      const c = folded.charCodeAt(i)
      if (han[c]) {
        i = this.hanRun(folded, i, hit)
      } else if (c >= 0xd800 && c <= 0xdbff && isHanAt(folded, i)) {
        i = this.hanRun(folded, i, hit)
      } else i++
    }
    for (const w of longWords(folded)) hit(this.table.stringId(w))
    LATIN_TOKEN.lastIndex = 0
    for (let m = LATIN_TOKEN.exec(folded); m; m = LATIN_TOKEN.exec(folded)) for (const t of latinTerms(m[0], true)) hit(this.table.stringId(t))
    const {seen, count, out} = this
    out.write(seen.length)
    for (const id of seen) {
      const tf = count[id]
      out.write(id * 2 + (tf > 1 ? 1 : 0))
      if (tf > 1) out.write(tf)
    }
    seen.length = 0
    return total
  }

  /** Bigrams of the Han run starting at `start`; returns its end. */
  private hanRun(s: string, start: number, hit: (id: number) => void): number {
    const han = bmpHan()
    const table = this.table
    // previous code point: BMP code unit, or the astral string
    let prev = -1
    let prevAstral: string | undefined
    let length = 0
    let i = start
    for (;;) {
      const c = s.charCodeAt(i)
      let cur = -1
      let astral: string | undefined
      if (han[c]) cur = c
      else if (c >= 0xd800 && c <= 0xdbff && isHanAt(s, i)) astral = s.slice(i, i + 2)
      else break
      if (length > 0) {
        if (prev >= 0 && cur >= 0) hit(table.keyId(((prev << 16) | cur) >>> 0))
        else hit(table.stringId((prevAstral ?? String.fromCharCode(prev)) + (astral ?? String.fromCharCode(cur))))
      }
      prev = cur
      prevAstral = astral
      length++
      i += astral ? 2 : 1
      if (i >= s.length) break
    }
    if (length === 1) hit(prev >= 0 ? table.keyId(prev) : table.stringId(prevAstral!))
    return i
  }

  private growTo(size: number): void {
    let length = this.mark.length
    while (length < size) length *= 2
    const mark = new Int32Array(length).fill(-1)
    mark.set(this.mark)
    const count = new Uint32Array(length)
    count.set(this.count)
    this.mark = mark
    this.count = count
  }
}

function isHanAt(s: string, i: number): boolean {
  const d = s.charCodeAt(i + 1)
  return d >= 0xdc00 && d <= 0xdfff && HAN.test(s.slice(i, i + 2))
}

/**
 * The terms of a run of paragraphs with ids local to it, as a worker ships
 * them: what the index needs of the paragraphs' texts, a pure function of
 * them. `simplified` lists the paragraphs that script folding changes.
 */
export interface ParagraphTerms {
  paragraphs: number
  /** per local id: its Han key, or 0 for a string term */
  keys: Uint32Array
  /** the string terms, in local id order */
  strings: string[]
  /** the count stream (see above), local ids */
  stream: Uint8Array
  /** [paragraph, foldScript(text)] where that differs from the text */
  simplified: [number, string][]
}

/** Folds and counts the texts with `counter`; the stream is taken from it. */
export function countTexts(texts: string[], counter: TermCounter): {stream: Uint8Array; simplified: [number, string][]} {
  const simplified: [number, string][] = []
  texts.forEach((text, i) => {
    const simple = foldScript(text)
    if (simple !== text) simplified.push([i, simple])
    counter.add(foldWidthCase(simple))
  })
  return {stream: counter.out.take(), simplified}
}

/** The terms of these paragraph texts (a worker's share of the index). */
export function paragraphTerms(texts: string[]): ParagraphTerms {
  const table = new TermTable()
  const {stream, simplified} = countTexts(texts, new TermCounter(table))
  const keys = new Uint32Array(table.size)
  const strings: string[] = []
  for (let id = 0; id < keys.length; id++) {
    keys[id] = table.keyOf(id)
    if (keys[id] === 0) strings.push(table.term(id))
  }
  return {paragraphs: texts.length, keys, strings, stream, simplified}
}

/*
 * ParagraphTerms as bytes: varints paragraphs, term count, each key (0: a
 * string term), number of string terms then each as (UTF-8 length, UTF-8),
 * number of simplified texts then each as (paragraph, UTF-8 length, UTF-8);
 * then the count stream to the end.
 */

export function encodeParagraphTerms(t: ParagraphTerms): Uint8Array {
  const out = new VarintWriter()
  const text = (s: string): void => {
    const bytes = Buffer.from(s, 'utf8')
    out.write(bytes.length)
    out.bytes(bytes)
  }
  out.write(t.paragraphs)
  out.write(t.keys.length)
  for (const key of t.keys) out.write(key)
  out.write(t.strings.length)
  for (const s of t.strings) text(s)
  out.write(t.simplified.length)
  for (const [i, s] of t.simplified) {
    out.write(i)
    text(s)
  }
  out.bytes(t.stream)
  return out.take()
}

export function decodeParagraphTerms(bytes: Uint8Array): ParagraphTerms {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let pos = 0
  const next = (): number => {
    let v = 0
    let scale = 1
    for (;;) {
      if (pos >= buf.length) throw new Error('search terms: truncated')
      const b = buf[pos++]
      v += (b & 0x7f) * scale
      if (b < 0x80) return v
      scale *= 128
    }
  }
  const text = (): string => {
    const length = next()
    if (pos + length > buf.length) throw new Error('search terms: truncated')
    const s = buf.toString('utf8', pos, pos + length)
    pos += length
    return s
  }
  const paragraphs = next()
  const keys = new Uint32Array(next())
  for (let i = 0; i < keys.length; i++) keys[i] = next()
  const strings: string[] = new Array(next())
  for (let i = 0; i < strings.length; i++) strings[i] = text()
  const simplified: [number, string][] = new Array(next())
  for (let i = 0; i < simplified.length; i++) simplified[i] = [next(), text()]
  return {paragraphs, keys, strings, stream: bytes.subarray(pos), simplified}
}

/** Reads a count stream: calls `paragraph(k)` then `term(id, tf)` k times, per paragraph. */
export function readStream(stream: Uint8Array, paragraphs: number, visit: (id: number, tf: number) => void, paragraph?: (p: number, k: number) => void): void {
  let pos = 0
  const next = (): number => {
    let b = stream[pos++]
    if (b < 0x80) return b
    let v = b & 0x7f
    let scale = 128
    for (;;) {
      b = stream[pos++]
      v += (b & 0x7f) * scale
      if (b < 0x80) return v
      scale *= 128
    }
  }
  for (let p = 0; p < paragraphs; p++) {
    const k = next()
    paragraph?.(p, k)
    for (let j = 0; j < k; j++) {
      const v = next()
      visit(Math.floor(v / 2), v % 2 === 1 ? next() : 1)
    }
  }
  if (pos !== stream.length) throw new Error('search terms: stream length does not match its paragraphs')
}
