/**
 * The nothing-lost invariant, checked from outside the pipeline: the
 * multiset of non-space characters of the input, with Markdown markup removed
 * by an independent reading, equals the multiset of characters of every text
 * the document places (paragraphs with their labels and markers, headings,
 * footnotes, table cells, metadata, table of contents).
 */
import type {Document, Paragraph} from '../../src/kb/schema.js'

/** Markup as a reader sees it: heading marks, bold, links, `<sup>` tags, `[^n]` footnotes, bullets, escapes, rules. */
export function stripMarkup(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .replace(/^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/gm, '')
    .replace(/^[ \t]{0,3}#{1,6}(?=[ \t]|$)/gm, '')
    .replace(/[ \t]#+[ \t]*$/gm, '')
    .replace(/^[ \t]*[-*+](?=[ \t])/gm, '')
    .replace(/<\/?sup>/gi, '')
    .replace(/\[\^(\w+)\]:?/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

export function charCounts(s: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const ch of s) {
    if (/\s/.test(ch)) continue
    counts.set(ch, (counts.get(ch) ?? 0) + 1)
  }
  return counts
}

function paragraphText(p: Paragraph): string {
  return [p.num ?? '', p.text, ...p.markers.map((m) => m.printed), ...p.children.map(paragraphText)].join('')
}

export function placedText(doc: Document): string {
  const parts: string[] = []
  const m = doc.meta
  for (const f of [m.body, m.distribution, m.date, m.session, m.agendaItem, m.adoptionBasis, m.title]) if (f) parts.push(f.text)
  for (const list of [m.languages, m.notes, m.closing, m.furniture, m.other]) for (const f of list) parts.push(f.text)
  for (const t of doc.toc) parts.push(t.text)
  const walkSections = (ss: Document['sections']): void => {
    for (const s of ss) {
      parts.push(paragraphText(s.heading), ...s.paragraphs.map(paragraphText))
      walkSections(s.children)
    }
  }
  walkSections(doc.sections)
  parts.push(...doc.paragraphs.map(paragraphText))
  for (const i of doc.instruments) {
    const ps = [i.heading, i.titleParagraph, i.formula, ...i.preamble, ...i.operative, ...i.body].filter((p): p is Paragraph => p !== null)
    parts.push(...ps.map(paragraphText))
    for (const a of i.annexes) {
      parts.push(paragraphText(a.heading))
      if (a.titleParagraph) parts.push(paragraphText(a.titleParagraph))
      parts.push(...a.paragraphs.map(paragraphText))
    }
  }
  for (const f of doc.footnotes) parts.push(f.marker, f.text)
  for (const t of doc.tables) {
    parts.push(t.caption ?? '', t.title ?? '')
    for (const row of [t.header, ...t.rows]) for (const c of row) parts.push(c.text, ...c.markers.map((mk) => mk.printed))
    for (const n of t.notes) parts.push(n.label, n.text)
  }
  return parts.join('')
}

/** Characters the input has and the document lacks (`missing`) or has twice (`extra`). */
export function coverageDiff(source: string, doc: Document): {missing: string; extra: string} {
  const want = charCounts(stripMarkup(source))
  const got = charCounts(placedText(doc))
  let missing = ''
  let extra = ''
  for (const [ch, n] of want) {
    const g = got.get(ch) ?? 0
    if (g < n) missing += ch.repeat(n - g)
  }
  for (const [ch, n] of got) {
    const w = want.get(ch) ?? 0
    if (n > w) extra += ch.repeat(n - w)
  }
  return {missing, extra}
}
