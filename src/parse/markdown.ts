/**
 * Markdown → mdast, one document at a time. remark-parse's cost grows faster
 * than its input, so a large document is parsed in blank-line-separated chunks
 * of bounded size; each tree is returned with the offset of its chunk.
 */
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import type {Root} from 'mdast'

export interface ParsedChunk {
  tree: Root
  /** offset of the chunk in the whole text: add it to every node offset */
  offset: number
  text: string
  /** offsets (in the whole text) of lines whose container nesting was cut at MAX_NESTING */
  flattened: number[]
}

/**
 * Block containers (`>`, list bullets, `1.`) nested deeper than this are
 * read as text: remark-parse and every tree walk recurse once per level, and
 * 40 KB of `- - - …` would take minutes and overflow the stack.
 */
export const MAX_NESTING = 100

/** Chunk size at which parse time per byte is still flat (see notes/deps.md). */
export const CHUNK_CHARS = 64 * 1024

const processor = unified().use(remarkParse).freeze()

export function parseMarkdown(text: string, chunkChars = CHUNK_CHARS): ParsedChunk[] {
  const chunks: ParsedChunk[] = []
  let start = 0
  while (start < text.length) {
    const end = chunkEnd(text, start, chunkChars)
    const slice = text.slice(start, end)
    const {text: bounded, flattened} = boundNesting(slice)
    chunks.push({tree: processor.parse(bounded) as Root, offset: start, text: slice, flattened: flattened.map((at) => at + start)})
    start = end
  }
  return chunks
}

/**
 * The text remark-parse is given: the same length (offsets stay valid), with
 * the container marker that would open level MAX_NESTING + 1 of a line
 * replaced by a letter, so that the rest of the line is a paragraph, and the
 * `<` of each HTML comment opener that nothing closes likewise. The
 * characters the pipeline keeps come from the real text, so nothing is lost.
 */
export function boundNesting(text: string): {text: string; flattened: number[]} {
  const flattened: number[] = []
  const cuts: number[] = []
  for (let line = 0; line < text.length; ) {
    const nl = text.indexOf('\n', line)
    const end = nl < 0 ? text.length : nl
    const cut = nestingCut(text, line, end)
    if (cut >= 0) {
      flattened.push(line)
      cuts.push(cut)
    }
    line = end + 1
  }
  // An HTML comment opener with no `-->` after it makes micromark scan to the paragraph's end once per opener: quadratic.
  const lastClose = text.lastIndexOf('-->')
  for (let at = text.indexOf('<!--', Math.max(0, lastClose)); at >= 0; at = text.indexOf('<!--', at + 4)) cuts.push(at)
  cuts.sort((a, b) => a - b)
  if (cuts.length === 0) return {text, flattened}
  const parts: string[] = []
  let last = 0
  for (const cut of cuts) {
    parts.push(text.slice(last, cut), 'x')
    last = cut + 1
  }
  parts.push(text.slice(last))
  return {text: parts.join(''), flattened}
}

/** Where the marker of nesting level MAX_NESTING + 1 starts on the line [from, to), or -1. */
function nestingCut(text: string, from: number, to: number): number {
  let depth = 0
  let i = from
  for (;;) {
    let spaces = 0
    while (i < to && text[i] === ' ' && spaces < 3) {
      i++
      spaces++
    }
    if (i >= to) return -1
    const c = text[i]
    let width = 0
    if (c === '>') width = 1
    else if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) width = 1
    else {
      let j = i
      while (j < to && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++
      if (j > i && (text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) width = j + 1 - i
    }
    if (width === 0) return -1
    if (++depth > MAX_NESTING) return i
    i += width
    if (text[i] === ' ' || text[i] === '\t') i++
  }
}

/** Characters after which a line may be cut without splitting markup: sentence and clause ends, spaces. */
const SAFE_AFTER = /[。！？；，、：\s]/

/**
 * Whether cutting between `p - 1` and `p` keeps markup whole: after a
 * clause end or a space, or before an opening HTML tag (`<sup>` pairs stay
 * together); never after `<` or a backslash, never inside a surrogate pair.
 */
function safeCut(text: string, p: number): boolean {
  const before = text[p - 1]
  const code = text.charCodeAt(p - 1)
  if (code >= 0xd800 && code <= 0xdbff) return false
  if (before === '\\' || before === '<') return false
  if (SAFE_AFTER.test(before) && !/[\s*_]/.test(text[p] ?? '')) return true
  return text[p] === '<' && /[a-z]/i.test(text[p + 1] ?? '')
}

/**
 * Cut after a blank line near the size limit; failing that, after any line
 * end; in one very long line, at a safe point (safeCut) near the limit,
 * looking ahead up to four chunks for one before cutting anywhere.
 */
function chunkEnd(text: string, start: number, size: number): number {
  if (text.length - start <= size) return text.length
  const limit = start + size
  const blank = text.lastIndexOf('\n\n', limit)
  if (blank > start + size / 2) return blank + 2
  const nl = text.lastIndexOf('\n', limit)
  if (nl > start) return nl + 1
  for (let p = limit; p > start + size / 2; p--) if (safeCut(text, p)) return p
  const ahead = Math.min(text.length, start + 4 * size)
  for (let p = limit + 1; p < ahead; p++) {
    if (text[p - 1] === '\n' || safeCut(text, p)) return p
  }
  if (ahead === text.length) return text.length
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}
