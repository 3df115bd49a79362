/**
 * Bytes → text. Chinese UN texts arrive as UTF-8 (with or without BOM),
 * UTF-16 with BOM, GB18030 or Big5. GB18030 and Big5 decode almost any
 * byte string without error, so each is accepted only when the result is
 * plausible Chinese: mostly characters of the encoding's common set. Anything
 * else is refused with a reason.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

export interface Decoded {
  text: string
  encoding: Encoding
}

export class InputError extends Error {
  readonly ruleId: string
  constructor(ruleId: string, reason: string) {
    super(reason)
    this.ruleId = ruleId
    this.name = 'InputError'
  }
}

/**
 * Files above this size are refused: they are not documents but archives or
 * dumps, and one document's trees must fit well under 1 GB of memory.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024

/** Share of multi-byte characters that must be common for a legacy decoding to count as Chinese. */
const PLAUSIBLE_SHARE = 0.8

/** A legacy encoding: its WHATWG label and which two-byte codes hold its common characters. */
interface Legacy {
  encoding: 'gb18030' | 'big5'
  /** the length of the multi-byte sequence at `i` (lead byte ≥ 0x80) */
  length: (bytes: Uint8Array, i: number) => number
  common: (lead: number, trail: number) => boolean
}

const LEGACY: Legacy[] = [
  {
    encoding: 'gb18030',
    // A second byte 0x30–0x39 opens a four-byte sequence: characters outside GBK, rare in Chinese text.
    length: (bytes, i) => (bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 ? 4 : 2),
    // The GB2312 area: punctuation, symbols and the 6,763 common hanzi. Big5 or Shift-JIS read as GBK land mostly outside it.
    common: (lead, trail) => lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe
  },
  {
    encoding: 'big5',
    length: () => 2,
    // Symbols and the 5,401 frequently used hanzi.
    common: (lead) => lead >= 0xa1 && lead <= 0xc6
  }
]

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'the file is empty')
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError('too-large', `the file is ${bytes.length} bytes, above the limit of ${MAX_INPUT_BYTES}`)
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be')
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  if (looksBinary(body)) throw new InputError('binary', 'the file is binary (NUL or control bytes), not text')
  const utf8 = tryDecode('utf-8', body)
  if (utf8 !== null) return checked(utf8, bom ? 'utf-8-bom' : 'utf-8')
  const tried = ['UTF-8']
  for (const legacy of LEGACY) {
    const text = tryDecode(legacy.encoding, body)
    const share = text === null ? 0 : commonShare(body, legacy)
    if (text !== null && share >= PLAUSIBLE_SHARE) return checked(text, legacy.encoding)
    tried.push(text === null ? `${legacy.encoding.toUpperCase()} (invalid bytes)` : `${legacy.encoding.toUpperCase()} (${Math.round(share * 100)}% common characters, not Chinese text)`)
  }
  throw new InputError('undecodable', `the bytes are no known encoding of Chinese text: tried ${tried.join(', ')}`)
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    return null
  }
}

/** The share of the multi-byte characters of `bytes` that lie in the encoding's common set. */
function commonShare(bytes: Uint8Array, legacy: Legacy): number {
  let multi = 0
  let common = 0
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]
    if (lead < 0x80) {
      i++
      continue
    }
    const n = legacy.length(bytes, i)
    multi++
    if (n === 2 && legacy.common(lead, bytes[i + 1])) common++
    i += n
  }
  return multi === 0 ? 1 : common / multi
}

/** NUL bytes or many C0 controls in the first 64 KB mean a binary file, whatever decodes. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536)
  let controls = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++
  }
  return controls > n * 0.01 + 8
}

function checked(text: string, encoding: Encoding): Decoded {
  // trim() removes every Unicode space (U+3000, NBSP, BOM included).
  if (text.trim() === '') throw new InputError('empty', 'the file holds only whitespace')
  const nul = text.indexOf('\u0000')
  if (nul >= 0) throw new InputError('binary', `the file holds a NUL character (at character ${nul}), so it is not text`)
  return {text, encoding}
}
