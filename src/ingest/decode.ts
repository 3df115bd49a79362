/**
 * Bytes → text. Chinese UN texts arrive as UTF-8 (with or without BOM),
 * UTF-16 with BOM, or GB18030. Anything else is refused with a reason.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'

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

/** Files above this size are refused: they are not documents but archives or dumps. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024

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
  try {
    const text = new TextDecoder('utf-8', {fatal: true}).decode(body)
    return checked(text, bom ? 'utf-8-bom' : 'utf-8')
  } catch {
    // Not UTF-8: GB18030 is the other encoding Chinese files commonly come in.
  }
  let text: string
  try {
    text = new TextDecoder('gb18030', {fatal: true}).decode(body)
  } catch {
    throw new InputError('undecodable', 'the bytes are neither UTF-8, UTF-16 with BOM nor GB18030')
  }
  return checked(text, 'gb18030')
}

/** NUL bytes or many C0 controls mean a binary file, whatever decodes. */
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
  if (text.trim() === '') throw new InputError('empty', 'the file holds only whitespace')
  if (text.includes('\u0000')) throw new InputError('binary', 'the file holds NUL characters, not text')
  return {text, encoding}
}
