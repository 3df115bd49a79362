/**
 * "The instrument's text" that an AKN file must carry whole (the
 * nothing-lost check): these knowledge-base fields, concatenated in this
 * order with nothing between them —
 *
 * 1. `heading.text`, `titleParagraph.text`, `formula.text`;
 * 2. each paragraph of `preamble`, then `operative`, then `body`;
 * 3. each annex: `heading.text`, `titleParagraph.text`, its `paragraphs`,
 *    then each of its `tables`: `caption`, `title`, the header cells, the
 *    cells row by row, each note's `label` and `text`;
 *
 * where a paragraph is its `num`, its `text` with the text of each footnote
 * its `markers` cite inserted at the marker's `at` (the first time the
 * instrument cites that footnote; a later marker adds nothing), then its
 * `children`, each the same way.
 */
import type {Document, Instrument, Paragraph} from '../../kb/schema.js'

export function instrumentText(inst: Instrument, doc: Document): string {
  const footnotes = new Map(doc.footnotes.map((f) => [f.id, f.text]))
  const tables = new Map(doc.tables.map((t) => [t.id, t]))
  const seen = new Set<string>()
  const paragraph = (p: Paragraph | null): string => {
    if (!p) return ''
    let text = p.text
    // From the last marker back, so that earlier positions stay valid.
    const notes = p.markers
      .map((m, order) => ({m, order}))
      .filter(({m}) => m.footnote !== null && footnotes.has(m.footnote))
    const firsts = notes.filter(({m}) => !seen.has(m.footnote!) && (seen.add(m.footnote!), true))
    for (const {m} of [...firsts].sort((a, b) => b.m.at - a.m.at || b.order - a.order)) text = text.slice(0, m.at) + footnotes.get(m.footnote!)! + text.slice(m.at)
    return (p.num ?? '') + text + p.children.map(paragraph).join('')
  }
  let out = paragraph(inst.heading) + paragraph(inst.titleParagraph) + paragraph(inst.formula)
  for (const p of [...inst.preamble, ...inst.operative, ...inst.body]) out += paragraph(p)
  for (const annex of inst.annexes) {
    out += paragraph(annex.heading) + paragraph(annex.titleParagraph) + annex.paragraphs.map(paragraph).join('')
    for (const id of annex.tables) {
      const t = tables.get(id)
      if (!t) continue
      out += (t.caption ?? '') + (t.title ?? '') + [t.header, ...t.rows].flat().map((c) => c.text).join('') + t.notes.map((n) => n.label + n.text).join('')
    }
  }
  return out
}
