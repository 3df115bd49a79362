/**
 * Binary pieces of the index: varint streams, little-endian Uint32 arrays and
 * UTF-16LE text columns. They travel as base64 strings inside the JSON value
 * (serializeIndex) or as raw bytes in an index file (file.ts).
 */
import {endianness} from 'node:os'

/** A growable byte buffer with unsigned LEB128 varints. */
export class ByteWriter {
  private buf = new Uint8Array(1 << 16)
  length = 0

  varint(v: number): void {
    if (this.length + 8 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2)
      next.set(this.buf)
      this.buf = next
    }
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80
      v = Math.floor(v / 128)
    }
    this.buf[this.length++] = v
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.length)
  }
}

/** Reads varints from `bytes` starting at `pos`; `pos` advances. */
export class ByteReader {
  constructor(
    private readonly bytes: Uint8Array,
    public pos: number
  ) {}

  varint(): number {
    let b = this.bytes[this.pos++]
    if (b < 0x80) return b
    let v = b & 0x7f
    let scale = 128
    for (;;) {
      b = this.bytes[this.pos++]
      v += (b & 0x7f) * scale
      if (b < 0x80) return v
      scale *= 128
    }
  }
}

const LE = endianness() === 'LE'

export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Little-endian bytes of a Uint32Array. */
export function u32Bytes(a: Uint32Array): Uint8Array {
  if (LE) return new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
  const bytes = new Uint8Array(a.length * 4)
  const view = new DataView(bytes.buffer)
  for (let i = 0; i < a.length; i++) view.setUint32(i * 4, a[i], true)
  return bytes
}

/** A Uint32Array over little-endian bytes: a view when aligned on a little-endian host, else a copy. */
export function u32FromBytes(bytes: Uint8Array): Uint32Array {
  if (bytes.byteLength % 4 !== 0) throw new Error('search index: corrupt Uint32 column')
  if (LE && bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const out = new Uint32Array(bytes.byteLength / 4)
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true)
  return out
}

/**
 * Strings stored back to back as UTF-16LE (a copy both ways, no UTF-8
 * transcoding: Chinese text is 2 bytes a character instead of 3, and decoding
 * one entry costs what copying it does), or as UTF-8 for ASCII-like columns
 * (ids, labels). An entry may be absent (null). Entries are decoded on demand.
 */
export class TextColumn {
  constructor(
    /** the entries' bytes */
    readonly bytes: Buffer,
    /** entry i spans units [starts[i], starts[i + 1]): UTF-16 code units, or bytes for UTF-8 */
    readonly starts: Uint32Array,
    /** 1 where the entry is present (a column of optional strings), else all present */
    readonly present?: Uint8Array,
    readonly encoding: 'utf16le' | 'utf8' = 'utf16le'
  ) {}

  get length(): number {
    return this.starts.length - 1
  }

  get(i: number): string | null {
    if (this.present && !this.present[i]) return null
    const a = this.starts[i]
    const b = this.starts[i + 1]
    if (a === b) return ''
    return this.encoding === 'utf8' ? this.bytes.toString('utf8', a, b) : this.bytes.toString('utf16le', 2 * a, 2 * b)
  }

  static from(strings: (string | null | undefined)[], encoding: 'utf16le' | 'utf8' = 'utf16le'): TextColumn {
    const utf8 = encoding === 'utf8'
    const starts = new Uint32Array(strings.length + 1)
    let total = 0
    let absent = false
    strings.forEach((s, i) => {
      starts[i] = total
      if (s == null) absent = true
      else total += utf8 ? Buffer.byteLength(s, 'utf8') : s.length
    })
    starts[strings.length] = total
    const bytes = Buffer.alloc(utf8 ? total : total * 2)
    let present: Uint8Array | undefined
    if (absent) present = new Uint8Array(strings.length)
    strings.forEach((s, i) => {
      if (s == null) return
      if (present) present[i] = 1
      if (utf8) bytes.write(s, starts[i], 'utf8')
      else bytes.write(s, 2 * starts[i], 'utf16le')
    })
    return new TextColumn(bytes, starts, present, encoding)
  }
}

/** A column of repeated strings: the distinct values, and per row the index of its value (-1: absent). */
export class DictColumn {
  constructor(
    readonly values: string[],
    readonly idx: Int32Array
  ) {}

  get length(): number {
    return this.idx.length
  }

  get(i: number): string | undefined {
    const v = this.idx[i]
    return v < 0 ? undefined : this.values[v]
  }

  /** Values in order of first appearance. */
  static from(col: (string | undefined)[]): DictColumn {
    const values: string[] = []
    const pos = new Map<string, number>()
    const idx = new Int32Array(col.length)
    col.forEach((v, i) => {
      if (v === undefined) {
        idx[i] = -1
        return
      }
      let k = pos.get(v)
      if (k === undefined) {
        k = values.length
        values.push(v)
        pos.set(v, k)
      }
      idx[i] = k
    })
    return new DictColumn(values, idx)
  }
}

/** Rank of each string in sorted (UTF-16 code unit) order; equal strings rank by position. */
export function ranks(strings: string[]): Uint32Array {
  const order = Array.from({length: strings.length}, (_, i) => i).sort((a, b) => (strings[a] < strings[b] ? -1 : strings[a] > strings[b] ? 1 : a - b))
  const rank = new Uint32Array(strings.length)
  order.forEach((i, r) => (rank[i] = r))
  return rank
}

/** Little-endian bytes of an Int32Array. */
export function i32Bytes(a: Int32Array): Uint8Array {
  return u32Bytes(new Uint32Array(a.buffer, a.byteOffset, a.length))
}

/** An Int32Array over little-endian bytes. */
export function i32FromBytes(bytes: Uint8Array): Int32Array {
  const u = u32FromBytes(bytes)
  return new Int32Array(u.buffer, u.byteOffset, u.length)
}
