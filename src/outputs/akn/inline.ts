/**
 * A text with marks → inline XML. Spans (references, the lead phrase) wrap
 * a range of the text; points (footnotes) stand between two characters.
 * Offsets come from the knowledge base: nothing is searched for here.
 */
import {escapeText} from './xml.js'

export interface Span {
  start: number
  end: number
  /** the opening tag, e.g. `<ref href="…">`, and its closing tag */
  open: string
  close: string
}

export interface Point {
  at: number
  xml: string
}

/**
 * The text with every span and point in place. Spans nest where they nest;
 * a span that crosses the end of another is closed there and reopened after
 * it (XML cannot overlap), so every character keeps all its spans. Empty
 * spans and marks outside the text are dropped.
 */
export function inlineXml(text: string, spans: readonly Span[], points: readonly Point[] = []): string {
  const kept = spans
    .filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length)
    .map((s, order) => ({...s, order}))
    // Outer first: earlier start, then longer, then as given.
    .sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order)
  const at = [...points].filter((p) => p.at >= 0 && p.at <= text.length).sort((a, b) => a.at - b.at)
  const cuts = new Set<number>([0, text.length])
  for (const s of kept) cuts.add(s.start).add(s.end)
  for (const p of at) cuts.add(p.at)
  const positions = [...cuts].sort((a, b) => a - b)

  let out = ''
  const stack: typeof kept = []
  let next = 0
  let point = 0
  for (let i = 0; i < positions.length; i++) {
    const pos = positions[i]
    // Close what ends here; spans above one that ends are closed and reopened.
    if (stack.some((s) => s.end === pos)) {
      const reopen: typeof kept = []
      while (stack.length > 0) {
        const top = stack.pop()!
        out += top.close
        if (top.end !== pos) reopen.unshift(top)
        if (!stack.some((s) => s.end === pos)) break
      }
      for (const s of reopen) {
        out += s.open
        stack.push(s)
      }
    }
    while (point < at.length && at[point].at === pos) out += at[point++].xml
    while (next < kept.length && kept[next].start === pos) {
      out += kept[next].open
      stack.push(kept[next++])
    }
    if (i + 1 < positions.length) out += escapeText(text.slice(pos, positions[i + 1]))
  }
  return out
}
