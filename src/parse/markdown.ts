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
}

/** Chunk size at which parse time per byte is still flat (see notes/deps.md). */
export const CHUNK_CHARS = 64 * 1024

const processor = unified().use(remarkParse).freeze()

export function parseMarkdown(text: string, chunkChars = CHUNK_CHARS): ParsedChunk[] {
  const chunks: ParsedChunk[] = []
  let start = 0
  while (start < text.length) {
    const end = chunkEnd(text, start, chunkChars)
    const slice = text.slice(start, end)
    chunks.push({tree: processor.parse(slice) as Root, offset: start, text: slice})
    start = end
  }
  return chunks
}

/** Cut after a blank line near the size limit; failing that, after any line end. */
function chunkEnd(text: string, start: number, size: number): number {
  if (text.length - start <= size) return text.length
  const limit = start + size
  const blank = text.lastIndexOf('\n\n', limit)
  if (blank > start + size / 2) return blank + 2
  const nl = text.lastIndexOf('\n', limit)
  if (nl > start) return nl + 1
  // One very long line: cut anywhere but inside a surrogate pair.
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}
