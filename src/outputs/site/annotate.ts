/**
 * Text with spans of it turned into markup in place, as eyecite's annotate
 * does: the characters of each span are handed to its `wrap`, everything else
 * is escaped. A zero-width span inserts its markup (a footnote marker; one
 * that falls inside another span comes right after it, links never nest). A
 * span that overlaps one before it is left out, never nested or cut.
 */
import {html, type Markup} from './escape.js'

export interface Span {
  start: number
  end: number
  wrap: (inner: Markup) => Markup
}

export function annotate(text: string, spans: readonly Span[]): Markup {
  const ordered = spans
    .map((span, i) => ({span, i}))
    .filter(({span}) => span.start >= 0 && span.start <= span.end && span.end <= text.length)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.i - b.i)
  const parts: Markup[] = []
  let cursor = 0
  for (const {span} of ordered) {
    if (span.start < cursor) {
      if (span.start === span.end) parts.push(span.wrap(html``))
      continue
    }
    parts.push(html`${text.slice(cursor, span.start)}`, span.wrap(html`${text.slice(span.start, span.end)}`))
    cursor = span.end
  }
  parts.push(html`${text.slice(cursor)}`)
  return html`${parts}`
}
