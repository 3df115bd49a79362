/**
 * Knowledge-base paragraphs, footnotes and tables → AKN elements. A
 * paragraph's text is written whole, in order: its number, its text with
 * every reference as a `<ref>` over the offsets the knowledge base gives and
 * every footnote as an `<authorialNote>` at its marker, then its
 * sub-paragraphs. Nothing else is written as text.
 */
import type {FootnoteMarker, Paragraph, Table} from '../../kb/schema.js'
import {eIdLabel, type FileContext} from './context.js'
import {inlineXml, type Point, type Span} from './inline.js'
import {referenceHref} from './iri.js'
import {attrs, element, empty, escapeText, XmlPrinter} from './xml.js'

/**
 * The references held by `holder` (a paragraph, footnote or table row) as
 * `<ref>` spans, clipped to [from, to) and shifted to start there (a table
 * row's offsets run over its cells joined by tabs). A paragraph reference
 * points at the eId its target paragraph has in this file, `#para_N` if none.
 */
export function refSpans(ctx: FileContext, holder: string, from = 0, to = Number.POSITIVE_INFINITY): Span[] {
  const spans: Span[] = []
  for (const ref of ctx.index.refsIn.get(holder) ?? []) {
    const start = Math.max(ref.start, from)
    const end = Math.min(ref.end, to)
    if (start >= end) continue
    const target = ref.kind === 'paragraph' ? ref.target?.paragraph : undefined
    // A paragraph's href is a placeholder until the file is written (FileContext.fill), so it is not escaped.
    const href = target ? ctx.paragraphHref(target, referenceHref(ref)) : referenceHref(ref)
    const cited = ctx.cite(ref.kind, ref.key, href, target ? `paragraph ${target}` : href)
    const refersTo = attrs({refersTo: `#${cited.eId}`})
    const open = target ? `<ref href="${href}"${refersTo}>` : `<ref${attrs({href})}${refersTo}>`
    spans.push({start: start - from, end: end - from, open, close: '</ref>'})
  }
  return spans
}

/** A text with its spans and the footnotes its markers cite, as inline XML. */
export function textXml(ctx: FileContext, text: string, spans: Span[], markers: readonly FootnoteMarker[] = []): string {
  return inlineXml(text, spans, notePoints(ctx, markers))
}

/** The footnotes a paragraph's markers cite: the first citing marker in the file holds the note, later ones a `<noteRef>`. */
function notePoints(ctx: FileContext, markers: readonly FootnoteMarker[]): Point[] {
  const points: Point[] = []
  for (const m of markers) {
    const note = m.footnote ? ctx.index.footnotes.get(m.footnote) : undefined
    if (!note) continue
    const placed = ctx.noted.get(note.id)
    if (placed) {
      points.push({at: m.at, xml: empty('noteRef', {href: `#${placed}`, marker: m.printed})})
      continue
    }
    const eId = ctx.noteEid()
    ctx.noted.set(note.id, eId)
    points.push({at: m.at, xml: element('authorialNote', {eId, marker: m.printed, placement: 'bottom'}, element('p', {}, textXml(ctx, note.text, refSpans(ctx, note.id))))})
  }
  return points
}

/** The lead phrase (`回顾`, `又请`) as `<inline name="lead">` where the text opens with it as printed. */
function leadSpan(p: Paragraph): Span[] {
  if (!p.lead || !p.text.startsWith(p.lead)) return []
  return [{start: 0, end: p.lead.length, open: '<inline name="lead">', close: '</inline>'}]
}

function paragraphText(ctx: FileContext, p: Paragraph): string {
  return textXml(ctx, p.text, [...leadSpan(p), ...refSpans(ctx, p.id)], p.markers)
}

/** A line's text with its references and footnotes, without a lead phrase (number lines, titles, formulas, headings). */
export function plainParagraph(ctx: FileContext, p: Paragraph): string {
  return textXml(ctx, p.text, refSpans(ctx, p.id), p.markers)
}

/** The number as printed, inside mixed content (containers have no `<num>`). */
function inlineNum(p: Paragraph): string {
  return p.num === null ? '' : element('inline', {name: 'num'}, escapeText(p.num))
}

/**
 * A paragraph in a hierarchy: `<paragraph>` (or `<point>`) with `<num>` and
 * `<content>`, or `<intro>` and a `<list>` of its sub-paragraphs; a heading
 * as an `<hcontainer name="crossHeading">` with `<num>` and `<heading>`.
 */
export function hierarchyParagraph(out: XmlPrinter, ctx: FileContext, p: Paragraph, base: string, element_ = 'paragraph'): void {
  const eId = ctx.eId(base, p.id)
  const num = p.num === null ? null : element('num', {}, escapeText(p.num))
  if (isCrossHeading(p)) {
    out.open('hcontainer', {eId, name: 'crossHeading'})
    if (num) out.line(num)
    out.line(element('heading', {}, paragraphText(ctx, p)))
    out.close()
    return
  }
  out.open(element_, {eId})
  if (num) out.line(num)
  if (p.children.length === 0) {
    out.open('content').line(element('p', {}, paragraphText(ctx, p))).close()
  } else {
    out.open('intro').line(element('p', {}, paragraphText(ctx, p))).close()
    out.open('list', {eId: `${eId}__list_1`})
    p.children.forEach((child, i) => hierarchyParagraph(out, ctx, child, `${eId}__list_1__point_${eIdLabel(child.label) ?? i + 1}`, 'point'))
    out.close()
  }
  out.close()
}

/** A paragraph as a `<container>` (preamble, conclusions): its number inline, sub-paragraphs as nested containers. */
export function containerParagraph(out: XmlPrinter, ctx: FileContext, p: Paragraph, base: string, name: string): void {
  const eId = ctx.eId(base, p.id)
  out.open('container', {eId, name})
  out.line(element('p', {}, inlineNum(p) + paragraphText(ctx, p)))
  p.children.forEach((child, i) => containerParagraph(out, ctx, child, `${eId}__point_${eIdLabel(child.label) ?? i + 1}`, name))
  out.close()
}

/** The eId a paragraph asks for: by its label (`para_12`), else by its place among these paragraphs; a heading is an `hcontainer_N`. */
export function paragraphBase(prefix: string, p: Paragraph, i: number): string {
  if (isCrossHeading(p)) return `${prefix}hcontainer_${i + 1}`
  return `${prefix}para_${eIdLabel(p.label) ?? i + 1}`
}

function isCrossHeading(p: Paragraph): boolean {
  return p.kind === 'heading' && p.children.length === 0
}

/**
 * A table: caption and title, the header row as `<th>`, the other rows as
 * `<td>`, then its notes. References in a row (offsets into the row's cells
 * joined by tabs, as the knowledge base reads it) are cut at the cells.
 */
export function tableXml(out: XmlPrinter, ctx: FileContext, table: Table, eId: string): void {
  out.open('table', {eId: ctx.eId(eId)})
  if (table.caption !== null || table.title !== null) {
    const part = (name: string, text: string | null) => (text === null ? '' : element('inline', {name}, escapeText(text)))
    out.line(element('caption', {}, part('caption', table.caption) + part('title', table.title)))
  }
  const rows = [table.header, ...table.rows]
  rows.forEach((row, r) => {
    if (row.length === 0) return
    const holder = `${table.id}/row_${r}`
    const cell = r === 0 ? 'th' : 'td'
    let at = 0
    out.open('tr')
    for (const c of row) {
      out.line(element(cell, {}, element('p', {}, textXml(ctx, c.text, refSpans(ctx, holder, at, at + c.text.length)))))
      at += c.text.length + 1
    }
    out.close()
  })
  if (rows.every((row) => row.length === 0)) out.open('tr').line(element('td', {}, empty('p'))).close()
  out.close()
  for (const note of table.notes) out.line(element('p', {class: 'tableNote'}, element('inline', {name: 'label'}, escapeText(note.label)) + escapeText(note.text)))
}
