/** Where a reference stands, in words a reader can use: document, instrument, paragraph label, snippet. */
import type {Document, Paragraph, Reference} from './schema.js'

export interface Place {
  document: string
  path: string
  instrument: string | null
  /** `op 3`, `pp 2`, `annex 附件一 para 4 (b)`, `fn 7`, `report para 33` */
  label: string
  container: string
  snippet: string
  text: string
}

interface Holder {
  p: {id: string; text: string}
  label: string
}

/** Labels of every container of a document, by id. */
export function containerLabels(doc: Document): Map<string, Holder> {
  const out = new Map<string, Holder>()
  const put = (p: Paragraph, label: string): void => {
    out.set(p.id, {p, label})
    for (const c of p.children) put(c, `${label} (${c.label ?? ''})`)
  }
  const sections = (ss: Document['sections']): void => {
    for (const s of ss) {
      put(s.heading, `heading ${s.num ?? s.title}`)
      for (const p of s.paragraphs) put(p, p.label ? `report para ${p.label}` : 'report text')
      sections(s.children)
    }
  }
  sections(doc.sections)
  for (const p of doc.paragraphs) put(p, 'text')
  for (const inst of doc.instruments) {
    put(inst.heading, 'heading')
    if (inst.titleParagraph) put(inst.titleParagraph, 'title')
    if (inst.formula) put(inst.formula, 'adopting body')
    inst.preamble.forEach((p, i) => put(p, `pp ${i + 1}`))
    for (const p of inst.operative) put(p, `op ${p.label ?? ''}`)
    for (const p of inst.body) put(p, p.label ? `item ${p.label}` : 'text')
    for (const a of inst.annexes) {
      put(a.heading, `${a.label}`)
      if (a.titleParagraph) put(a.titleParagraph, `${a.label} title`)
      for (const p of a.paragraphs) put(p, p.label ? `${a.label} para ${p.label}` : `${a.label} text`)
    }
  }
  for (const f of doc.footnotes) out.set(f.id, {p: f, label: `fn ${f.n}`})
  for (const t of doc.tables) {
    ;[t.header, ...t.rows].forEach((row, r) => out.set(`${t.id}/row_${r}`, {p: {id: `${t.id}/row_${r}`, text: row.map((c) => c.text).join('\t')}, label: `${t.caption ?? 'table'} row ${r}`}))
    t.notes.forEach((n, i) => out.set(`${t.id}/note_${i + 1}`, {p: {id: `${t.id}/note_${i + 1}`, text: n.text}, label: `${t.caption ?? 'table'} note ${n.label}`}))
  }
  return out
}

/** At most `n` characters of `s`, spaces folded, `…` where it was cut. */
export function clip(s: string, n: number): string {
  const chars = [...s.replace(/\s+/g, ' ')]
  return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : chars.join('')
}

export function snippet(text: string, start: number, end: number, width = 24): string {
  const a = Math.max(0, start - width)
  const b = Math.min(text.length, end + width)
  return `${a > 0 ? '…' : ''}${text.slice(a, start)}【${text.slice(start, end)}】${text.slice(end, b)}${b < text.length ? '…' : ''}`.replace(/\s+/g, ' ')
}

export function placeOf(doc: Document, ref: Reference, labels: Map<string, Holder>): Place {
  const holder = labels.get(ref.in)
  const text = holder?.p.text ?? ''
  return {
    document: doc.id,
    path: doc.source.path,
    instrument: ref.instrument,
    label: holder?.label ?? ref.container,
    container: ref.in,
    snippet: snippet(text, ref.start, ref.end),
    text
  }
}

/** What an instrument (without one: the whole document) cites, counted per key (footnote markers and in-text paragraph references left out). */
export function citesOf(doc: Document, instrumentKey?: string): {key: string; kind: string; count: number}[] {
  const counts = new Map<string, {key: string; kind: string; count: number}>()
  for (const ref of doc.references) {
    if ((instrumentKey !== undefined && ref.instrument !== instrumentKey) || ref.kind === 'footnote' || ref.kind === 'paragraph') continue
    const c = counts.get(ref.key) ?? {key: ref.key, kind: ref.kind, count: 0}
    c.count++
    counts.set(ref.key, c)
  }
  return [...counts.values()]
}
