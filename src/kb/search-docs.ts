/** The knowledge base as search documents: every paragraph, footnote, table row and recommendation item. */
import type {Document, Paragraph} from './schema.js'
import type {SearchDoc} from '../query/index.js'

export function searchDocs(documents: Document[]): SearchDoc[] {
  const out: SearchDoc[] = []
  for (const doc of documents) {
    const items = new Set(doc.recommendationLists.flatMap((l) => l.items.map((i) => i.id)))
    const add = (p: Paragraph, instrument: string | undefined): void => {
      if (p.text.trim() !== '') {
        out.push({
          id: p.id,
          docId: doc.id,
          ...(instrument ? {instrument} : {}),
          ...(p.label !== null ? {label: p.label} : {}),
          kind: items.has(p.id) ? 'recommendation' : p.kind,
          text: p.text
        })
      }
      for (const c of p.children) add(c, instrument)
    }
    const sections = (ss: Document['sections']): void => {
      for (const s of ss) {
        add(s.heading, undefined)
        for (const p of s.paragraphs) add(p, undefined)
        sections(s.children)
      }
    }
    sections(doc.sections)
    for (const p of doc.paragraphs) add(p, undefined)
    for (const inst of doc.instruments) {
      for (const p of [inst.heading, inst.titleParagraph, inst.formula, ...inst.preamble, ...inst.operative, ...inst.body]) if (p) add(p, inst.key)
      for (const a of inst.annexes) for (const p of [a.heading, a.titleParagraph, ...a.paragraphs]) if (p) add(p, inst.key)
    }
    for (const f of doc.footnotes) out.push({id: f.id, docId: doc.id, label: String(f.n), kind: 'footnote', text: f.text})
    for (const t of doc.tables) {
      const holder = doc.instruments.find((i) => i.annexes.some((a) => a.tables.includes(t.id)))?.key
      t.rows.forEach((row, r) => {
        out.push({id: `${t.id}/row_${r + 1}`, docId: doc.id, ...(holder ? {instrument: holder} : {}), kind: 'table', text: row.map((c) => c.text).join('\t')})
      })
    }
  }
  return out
}
