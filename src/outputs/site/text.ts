/**
 * A document's text as HTML: masthead, sections, instruments with their
 * annexes, tables and footnotes, each container with its anchor and every
 * reference linked in place (annotate.ts): to the cited instrument's page
 * where the knowledge base has its text, to a paragraph or footnote of the
 * same text, else to the official document, else left as plain text.
 */
import type {Annex, Document, Footnote, Instrument, Paragraph, Reference, Section, Table, TableCell} from '../../kb/schema.js'
import {annotate, type Span} from './annotate.js'
import {html, safeUrl, type Markup} from './escape.js'
import {relativeHref} from './names.js'
import {containerHref, metaIds, type DocumentPage, type SiteMap} from './site-map.js'

/** What rendering a text needs to know about the page it goes on. */
export interface TextContext {
  site: SiteMap
  /** this page, relative to the site's root */
  file: string
  page: DocumentPage
  /** the containers this page shows: links to them stay in the page */
  onPage: ReadonlySet<string>
}

/** Where a citation links, or null to leave it plain. */
function citationHref(ref: Reference, ctx: TextContext): {href: string; external: boolean} | null {
  const instrument = ref.target?.instrument ? ctx.site.instruments.get(ref.target.instrument) : undefined
  if (instrument) return {href: relativeHref(ctx.file, instrument), external: false}
  if (ref.target?.paragraph && ref.target.document === ctx.page.doc.id) {
    const href = containerHref(ctx.file, ctx.page, ref.target.paragraph, ctx.onPage)
    if (href) return {href, external: false}
  }
  const url = safeUrl(ref.url)
  return url ? {href: url, external: true} : null
}

/**
 * The spans of a container's references within [from, from + length) of its
 * text, shifted to start at 0; a reference that runs past the window (across
 * table cells) is cut to the part inside it.
 */
function spansOf(id: string, ctx: TextContext, from = 0, length = Infinity): Span[] {
  const footnotes = ctx.page.footnotes
  const spans: Span[] = []
  for (const ref of ctx.page.refsIn.get(id) ?? []) {
    const start = Math.max(ref.start, from) - from
    const end = Math.min(ref.end, from + length) - from
    if (ref.start === ref.end ? ref.start < from || ref.start > from + length : start >= end) continue
    if (ref.kind === 'footnote') {
      const footnote = ref.target?.footnote ? footnotes.get(ref.target.footnote) : undefined
      const href = footnote ? containerHref(ctx.file, ctx.page, footnote.id, ctx.onPage) : null
      const n = footnote ? String(footnote.n) : ref.key.replace(/^fn/, '')
      const anchor = ctx.page.anchors.get(ref.id)
      spans.push({start, end: start, wrap: () => html`<sup class="fn">${href ? html`<a id="${anchor}" href="${href}">${n}</a>` : n}</sup>`})
      continue
    }
    const link = citationHref(ref, ctx)
    spans.push({
      start,
      end,
      wrap: (inner) =>
        link
          ? html`<a class="${link.external ? 'cite ext' : 'cite'}" href="${link.href}" title="${ref.key}"${link.external ? html` rel="noopener"` : ''}>${inner}</a>`
          : html`<span class="cite" title="${ref.key}">${inner}</span>`
    })
  }
  return spans
}

function idAttr(id: string, ctx: TextContext): Markup {
  const anchor = ctx.page.anchors.get(id)
  return anchor === undefined ? html`` : html` id="${anchor}"`
}

export function paragraph(p: Paragraph, ctx: TextContext): Markup {
  const body = html`<p class="${`para ${p.kind}`}"${idAttr(p.id, ctx)}>${p.num ? html`<span class="num">${p.num}</span> ` : ''}${annotate(p.text, spansOf(p.id, ctx))}</p>`
  return p.children.length === 0 ? body : html`${body}<div class="sub">${p.children.map((c) => paragraph(c, ctx))}</div>`
}

function heading(level: number, content: Markup, attrs: Markup = html``): Markup {
  const n = Math.min(6, Math.max(2, level))
  return html`<h${n}${attrs}>${content}</h${n}>`
}

/** A heading paragraph as a heading element, with its anchor. */
function headingOf(p: Paragraph, level: number, ctx: TextContext, after: Markup = html``): Markup {
  return heading(level, html`${p.num ? html`${p.num} ` : ''}${annotate(p.text, spansOf(p.id, ctx))}${after}`, idAttr(p.id, ctx))
}

interface Block {
  start: number
  render: () => Markup
}

/** Blocks in the order the input has them (ties keep the order given). */
function inOrder(blocks: Block[]): Markup[] {
  return blocks.sort((a, b) => a.start - b.start).map((b) => b.render())
}

const paragraphBlock = (p: Paragraph, ctx: TextContext): Block => ({start: p.start, render: () => paragraph(p, ctx)})

function cells(row: TableCell[], rowId: string, tag: 'th' | 'td', t: Table, ctx: TextContext): Markup[] {
  let offset = 0
  return row.map((cell) => {
    // A row's references are offsets into its cells joined by tabs (places.ts).
    const spans = spansOf(rowId, ctx, offset, cell.text.length)
    offset += cell.text.length + 1
    // A cell's markers are no references (pipeline/references.ts reads paragraphs' only): a footnote, else the table's note.
    for (const m of cell.markers ?? []) {
      const note = t.notes.findIndex((n) => n.label === m.n)
      const target = m.footnote ?? (note < 0 ? null : `${t.id}/note_${note + 1}`)
      const href = target === null ? null : containerHref(ctx.file, ctx.page, target, ctx.onPage)
      // A cell's `at` can fall one past its trimmed text: the marker then goes at its end.
      const at = Math.min(m.at, cell.text.length)
      spans.push({start: at, end: at, wrap: () => html`<sup class="fn">${href ? html`<a href="${href}">${m.n}</a>` : m.n}</sup>`})
    }
    return html`<${tag}>${annotate(cell.text, spans)}</${tag}>`
  })
}

export function table(t: Table, ctx: TextContext): Markup {
  const caption = [t.caption, t.title].filter(Boolean).join(' ')
  const rows = [t.header, ...t.rows]
  return html`<table>${caption ? html`<caption>${caption}</caption>` : ''}${rows.map((row, r) =>
    row.length === 0 ? '' : html`<tr${idAttr(`${t.id}/row_${r}`, ctx)}>${cells(row, `${t.id}/row_${r}`, r === 0 ? 'th' : 'td', t, ctx)}</tr>`
  )}</table>${t.notes.map((n, i) => html`<p class="note"${idAttr(`${t.id}/note_${i + 1}`, ctx)}>${n.label} ${annotate(n.text, spansOf(`${t.id}/note_${i + 1}`, ctx))}</p>`)}`
}

function annex(a: Annex, level: number, tables: Map<string, Table>, ctx: TextContext): Markup {
  const blocks = [...(a.titleParagraph ? [a.titleParagraph] : []), ...a.paragraphs].map((p) => paragraphBlock(p, ctx))
  for (const id of a.tables) {
    const t = tables.get(id)
    if (t) blocks.push({start: t.start, render: () => table(t, ctx)})
  }
  return html`<section class="annex">${headingOf(a.heading, level, ctx)}${inOrder(blocks)}</section>`
}

/** An instrument's text; `pageLink`: a link to its own page beside its heading. */
export function instrumentText(inst: Instrument, level: number, ctx: TextContext, pageLink: boolean): Markup {
  const tables = new Map(ctx.page.doc.tables.map((t) => [t.id, t]))
  const own = ctx.site.instruments.get(inst.key)
  const link = pageLink && own ? html` <a class="page" href="${relativeHref(ctx.file, own)}">page</a>` : html``
  const parts = [inst.titleParagraph, inst.formula, ...inst.preamble, ...inst.operative, ...inst.body].filter((p): p is Paragraph => p !== null)
  return html`<article class="instrument">${headingOf(inst.heading, level, ctx, link)}${inOrder(parts.map((p) => paragraphBlock(p, ctx)))}${inst.annexes.map((a) => annex(a, level + 1, tables, ctx))}</article>`
}

/** The paragraph, footnote, table row and note ids of an instrument's text. */
export function instrumentContainers(inst: Instrument, doc: Document): string[] {
  const ids: string[] = []
  const add = (p: Paragraph | null): void => {
    if (!p) return
    ids.push(p.id)
    p.children.forEach(add)
  }
  ;[inst.heading, inst.titleParagraph, inst.formula, ...inst.preamble, ...inst.operative, ...inst.body].forEach(add)
  const tables = new Map(doc.tables.map((t) => [t.id, t]))
  for (const a of inst.annexes) {
    ;[a.heading, a.titleParagraph, ...a.paragraphs].forEach(add)
    for (const id of a.tables) {
      const t = tables.get(id)
      if (t) ids.push(...[t.header, ...t.rows].map((_, r) => `${t.id}/row_${r}`), ...t.notes.map((_, i) => `${t.id}/note_${i + 1}`))
    }
  }
  return ids
}

/** The footnotes the references in these containers cite, in the order first cited. */
export function footnotesCited(containers: readonly string[], page: DocumentPage): Footnote[] {
  const byId = page.footnotes
  const out = new Map<string, Footnote>()
  for (const id of containers) {
    for (const ref of page.refsIn.get(id) ?? []) {
      const f = ref.kind === 'footnote' && ref.target?.footnote ? byId.get(ref.target.footnote) : undefined
      if (f) out.set(f.id, f)
    }
  }
  return [...out.values()]
}

export function footnoteList(list: readonly Footnote[], ctx: TextContext): Markup {
  if (list.length === 0) return html``
  const markers = new Map<string, Reference[]>()
  for (const ref of ctx.page.doc.references) {
    if (ref.kind !== 'footnote' || !ref.target?.footnote || !ctx.onPage.has(ref.in)) continue
    const l = markers.get(ref.target.footnote) ?? []
    l.push(ref)
    markers.set(ref.target.footnote, l)
  }
  const back = (ref: Reference) => html` <a class="back" href="#${ctx.page.anchors.get(ref.id)}" title="back to the text">↩</a>`
  return html`<section class="footnotes"><h2>Footnotes</h2><ol>${list.map(
    (f) => html`<li${idAttr(f.id, ctx)}><span class="fnnum">${f.n}</span> ${annotate(f.text, spansOf(f.id, ctx))}${(markers.get(f.id) ?? []).map(back)}</li>`
  )}</ol></section>`
}

function masthead(ctx: TextContext): Markup {
  const m = ctx.page.doc.meta
  const ids = new Set(metaIds(ctx.page.doc))
  const field = (f: {text: string} | null | undefined, id?: string): Markup => {
    if (!f) return html``
    const known = id !== undefined && ids.has(id)
    return html`<p class="meta"${known ? idAttr(id, ctx) : ''}>${known ? annotate(f.text, spansOf(id, ctx)) : f.text}</p>`
  }
  const at = (name: string) => `${ctx.page.doc.id}/meta/${name}`
  const fields = [
    field(m.body),
    field(m.distribution),
    field(m.date),
    ...(m.languages ?? []).map((f) => field(f)),
    field(m.session, at('session')),
    field(m.agendaItem, at('agendaItem')),
    field(m.adoptionBasis, at('adoptionBasis')),
    field(m.title, at('title')),
    ...(m.notes ?? []).map((f, i) => field(f, at(`note_${i + 1}`)))
  ]
  return fields.some((f) => f.value) ? html`<header class="masthead">${fields}</header>` : html``
}

/** The deepest section whose range holds each table not in an annex. */
function tableHomes(doc: Document): Map<string, Table[]> {
  const inAnnex = new Set(doc.instruments.flatMap((i) => i.annexes.flatMap((a) => a.tables)))
  const homes = new Map<string, Table[]>()
  const home = (sections: Section[], t: Table): string => {
    for (const s of sections) if (s.start <= t.start && t.start < s.end) return home(s.children, t) || s.id
    return ''
  }
  for (const t of doc.tables) {
    if (inAnnex.has(t.id)) continue
    const id = home(doc.sections, t)
    homes.set(id, [...(homes.get(id) ?? []), t])
  }
  return homes
}

/** The whole text of a document, in the order of its input. */
export function documentText(ctx: TextContext): Markup {
  const doc = ctx.page.doc
  const tables = tableHomes(doc)
  const instrumentBlock = (inst: Instrument, level: number): Block => ({start: inst.start, render: () => instrumentText(inst, level, ctx, true)})
  const tableBlock = (t: Table): Block => ({start: t.start, render: () => table(t, ctx)})
  const section = (s: Section, level: number): Markup => {
    const blocks = [
      ...s.paragraphs.map((p) => paragraphBlock(p, ctx)),
      ...doc.instruments.filter((i) => i.section === s.id).map((i) => instrumentBlock(i, level + 1)),
      ...s.children.map((c) => ({start: c.start, render: () => section(c, level + 1)})),
      ...(tables.get(s.id) ?? []).map(tableBlock)
    ]
    return html`<section class="${s.kind}">${headingOf(s.heading, level, ctx)}${inOrder(blocks)}</section>`
  }
  const blocks = [
    ...doc.paragraphs.map((p) => paragraphBlock(p, ctx)),
    ...doc.sections.map((s) => ({start: s.start, render: () => section(s, 2)})),
    ...doc.instruments.filter((i) => i.section === null).map((i) => instrumentBlock(i, 2)),
    ...(tables.get('') ?? []).map(tableBlock)
  ]
  const closing = (doc.meta.closing ?? []).map((f) => html`<p class="meta">${f.text}</p>`)
  return html`${masthead(ctx)}${inOrder(blocks)}${closing}${footnoteList(doc.footnotes, ctx)}`
}
