/**
 * Linking across the knowledge base: a resolution or decision cited anywhere
 * links to the instrument when its text is in the knowledge base, and every
 * instrument lists who cites it. A treaty-body key gets the URL of the report
 * that holds it when that report's symbol is known (never a made-up one).
 */
import {undocsUrl} from '../un/undocs.js'
import type {Document} from './schema.js'

export function linkReferences(documents: Document[]): void {
  const holders = new Map<string, {doc: Document; index: number}>()
  for (const doc of documents) {
    doc.instruments.forEach((inst, index) => {
      if (!holders.has(inst.key)) holders.set(inst.key, {doc, index})
    })
  }
  for (const doc of documents) {
    for (const inst of doc.instruments) inst.citedBy = []
  }
  for (const doc of documents) {
    for (const ref of doc.references) {
      if (ref.kind !== 'resolution' && ref.kind !== 'decision') continue
      const holder = holders.get(ref.key)
      if (!holder) continue
      const inst = holder.doc.instruments[holder.index]
      ref.target = {document: holder.doc.id, instrument: inst.key, paragraph: null, footnote: null}
      ref.url ??= reportUrl(holder.doc)
      inst.citedBy.push({document: doc.id, paragraph: ref.in, key: ref.id})
    }
  }
}

/** The printed symbol of a document (masthead), as an official-document link. */
function reportUrl(doc: Document): string | null {
  const symbol = doc.meta.other.map((f) => f.text.replace(/\s+/g, '')).find((t) => /^[A-Z]{1,6}(\/[A-Z0-9.\-]+)+$/.test(t))
  return symbol ? undocsUrl(symbol) : null
}
