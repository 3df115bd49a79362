/**
 * What writing one AKN file needs to know of its document, and what it
 * gathers on the way: the eIds given to the knowledge base's paragraphs
 * (paragraph references point at them, forward too: their hrefs are filled
 * in when the file is done), the footnotes already placed, and the
 * referents cited (listed as TLCReferences in the metadata).
 */
import type {Document, Footnote, Reference, Table} from '../../kb/schema.js'

export interface Cited {
  eId: string
  kind: string
  key: string
  href: string
}

/** The lookups of one document, shared by every file made from it. */
export interface DocumentIndex {
  doc: Document
  /** references (footnote markers excepted) by the id of the text that holds them, in text order */
  refsIn: Map<string, Reference[]>
  footnotes: Map<string, Footnote>
  tables: Map<string, Table>
}

export function indexDocument(doc: Document): DocumentIndex {
  const refsIn = new Map<string, Reference[]>()
  for (const ref of doc.references) {
    if (ref.kind === 'footnote') continue
    const list = refsIn.get(ref.in)
    if (list) list.push(ref)
    else refsIn.set(ref.in, [ref])
  }
  for (const list of refsIn.values()) list.sort((a, b) => a.start - b.start || b.end - a.end)
  return {
    doc,
    refsIn,
    footnotes: new Map(doc.footnotes.map((f) => [f.id, f])),
    tables: new Map(doc.tables.map((t) => [t.id, t]))
  }
}

// U+0000 never reaches the output from a text (escapeText replaces it), so `\u0000n\u0000` is always a placeholder.
const PLACEHOLDER = /\u0000(\d+)\u0000/g

export class FileContext {
  readonly index: DocumentIndex
  /** KB paragraph id → eId in this file */
  readonly eIdOf = new Map<string, string>()
  /** footnote id → eId of its authorialNote (the first marker places the note, later ones refer to it) */
  readonly noted = new Map<string, string>()
  /** what is cited, by href (by target for a paragraph) */
  readonly cited = new Map<string, Cited>()
  private readonly used = new Set<string>()
  private readonly pending: {paragraph: string; fallback: string}[] = []
  private notes = 0

  constructor(index: DocumentIndex) {
    this.index = index
  }

  /** `base`, or `base_2`, `base_3` … when the file already has it (eIds are unique per file). */
  eId(base: string, paragraphId?: string): string {
    let id = base
    for (let n = 2; this.used.has(id); n++) id = `${base}_${n}`
    this.used.add(id)
    if (paragraphId !== undefined) this.eIdOf.set(paragraphId, id)
    return id
  }

  noteEid(): string {
    return this.eId(`authorialNote_${++this.notes}`)
  }

  cite(kind: string, key: string, href: string, dedupe = href): Cited {
    let c = this.cited.get(dedupe)
    if (!c) {
      c = {eId: `tlcReference_${this.cited.size + 1}`, kind, key, href}
      this.cited.set(dedupe, c)
    }
    return c
  }

  /**
   * The href of a paragraph of this file, which may come later in it: a
   * placeholder that fill() replaces once every paragraph has its eId
   * (`fallback` where the paragraph is not in the file). Raw in the markup,
   * never passed through escaping.
   */
  paragraphHref(paragraph: string, fallback: string): string {
    this.pending.push({paragraph, fallback})
    return `#\u0000${this.pending.length - 1}\u0000`
  }

  /** What is cited, with the hrefs of paragraphs filled in: call once every paragraph has its eId. */
  citedList(): Cited[] {
    return [...this.cited.values()].map((c) => ({...c, href: this.fill(c.href)}))
  }

  /** `xml` with its paragraph placeholders filled in. */
  fill(xml: string): string {
    return xml.replace(PLACEHOLDER, (_, i: string) => {
      const {paragraph, fallback} = this.pending[Number(i)]
      return this.eIdOf.get(paragraph) ?? fallback.slice(1)
    })
  }
}

/** A label usable in an eId (`12`, `a`, `iv`), or null for one that is not (`一`, none). */
export function eIdLabel(label: string | null): string | null {
  return label !== null && /^[0-9A-Za-z]+$/.test(label) ? label.toLowerCase() : null
}
