/**
 * What writing one AKN file needs to know of its document, and what it
 * gathers on the way: the eIds given to the knowledge base's paragraphs
 * (paragraph references point at them), the footnotes already placed, and
 * the referents cited (listed as TLCReferences in the metadata).
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

export class FileContext {
  readonly index: DocumentIndex
  /** KB paragraph id → eId in this file; filled by a first pass, so that a reference may point forward */
  eIdOf = new Map<string, string>()
  /** footnote id → eId of its authorialNote (the first marker places the note, later ones refer to it) */
  readonly noted = new Map<string, string>()
  /** href → what is cited there */
  readonly cited = new Map<string, Cited>()
  private readonly used = new Set<string>()
  private notes = 0

  constructor(index: DocumentIndex, known?: Map<string, string>) {
    this.index = index
    if (known) this.eIdOf = known
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

  cite(kind: string, key: string, href: string): Cited {
    let c = this.cited.get(href)
    if (!c) {
      c = {eId: `tlcReference_${this.cited.size + 1}`, kind, key, href}
      this.cited.set(href, c)
    }
    return c
  }
}

/**
 * Writes a file twice: the first pass gives every paragraph its eId, the
 * second writes references to paragraphs anywhere in the file with them.
 */
export function twoPass<T>(index: DocumentIndex, write: (ctx: FileContext) => T): T {
  const first = new FileContext(index)
  write(first)
  return write(new FileContext(index, first.eIdOf))
}

/** A label usable in an eId (`12`, `a`, `iv`), or null for one that is not (`一`, none). */
export function eIdLabel(label: string | null): string | null {
  return label !== null && /^[0-9A-Za-z]+$/.test(label) ? label.toLowerCase() : null
}
