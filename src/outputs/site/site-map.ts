/**
 * Where everything lives in the site: one page per document, per instrument
 * key and per referent, and within a document's page one anchor per
 * container (paragraph, footnote, table row or note, masthead field) and per
 * footnote marker. Pages and anchors are named once, here, in knowledge-base
 * order, so every link to them agrees and the same input names them alike.
 */
import type {Document, Footnote, KnowledgeBase, Reference} from '../../kb/schema.js'
import {containerLabels, type Place} from '../../kb/places.js'
import type {XrefIndex} from '../../kb/xref-index.js'
import {fileName, relativeHref, slug, UniqueNames} from './names.js'

export interface DocumentPage {
  file: string
  doc: Document
  /** container id or reference id → anchor on this document's page */
  anchors: Map<string, string>
  /** the references each container holds, in the document's order */
  refsIn: Map<string, Reference[]>
  footnotes: Map<string, Footnote>
}

export interface SiteMap {
  documents: DocumentPage[]
  byPath: Map<string, DocumentPage>
  /** instrument key → its page (the first text of the key in the knowledge base) */
  instruments: Map<string, string>
  /** `kind key` → the referent's page */
  referents: Map<string, string>
}

export const INDEX_FILE = 'index.html'
export const NETWORK_FILE = 'network.svg'

/** The masthead fields references can stand in (pipeline/references.ts names them so). */
export function metaIds(doc: Document): string[] {
  const m = doc.meta
  const named = (['adoptionBasis', 'title', 'session', 'agendaItem'] as const).filter((name) => m[name])
  return [...named, ...(m.notes ?? []).map((_, i) => `note_${i + 1}`)].map((name) => `${doc.id}/meta/${name}`)
}

export const referentKey = (kind: string, key: string) => `${kind} ${key}`

export function buildSiteMap(kb: KnowledgeBase, index: XrefIndex): SiteMap {
  const files = new UniqueNames()
  const page = (folder: string, key: string) => files.take(`${folder}/${fileName(key)}`)
  const documents = kb.documents.map((doc): DocumentPage => {
    const names = new UniqueNames()
    const anchors = new Map<string, string>()
    const local = (id: string) => (id.startsWith(`${doc.id}/`) ? id.slice(doc.id.length + 1) : id)
    for (const id of [...metaIds(doc), ...containerLabels(doc).keys()]) if (!anchors.has(id)) anchors.set(id, names.take(slug(local(id), 120) || 'p'))
    const refsIn = new Map<string, Reference[]>()
    for (const ref of doc.references) {
      let list = refsIn.get(ref.in)
      if (!list) refsIn.set(ref.in, (list = []))
      list.push(ref)
      if (ref.kind === 'footnote') anchors.set(ref.id, names.take(slug(local(ref.id)) || 'ref'))
    }
    return {file: page('doc', doc.source.path), doc, anchors, refsIn, footnotes: new Map(doc.footnotes.map((f) => [f.id, f]))}
  })
  const instruments = new Map<string, string>()
  for (const entry of index.instruments) if (!instruments.has(entry.key)) instruments.set(entry.key, page('instrument', entry.key))
  const referents = new Map<string, string>()
  for (const group of index.groups) for (const r of group.referents) referents.set(referentKey(r.kind, r.key), page('referent', referentKey(r.kind, r.key)))
  const byPath = new Map<string, DocumentPage>()
  for (const d of documents) if (!byPath.has(d.doc.source.path)) byPath.set(d.doc.source.path, d)
  return {documents, byPath, instruments, referents}
}

/** A link from page `from` to a container of a document: in the page itself when it shows that container. */
export function containerHref(from: string, target: DocumentPage, id: string, onPage?: ReadonlySet<string>): string | null {
  const anchor = target.anchors.get(id)
  if (anchor === undefined) return null
  return onPage?.has(id) ? `#${anchor}` : `${relativeHref(from, target.file)}#${anchor}`
}

/** A link from page `from` to a citing place (its paragraph on its document's page). */
export function placeHref(site: SiteMap, from: string, place: Place): string | null {
  const target = site.byPath.get(place.path)
  return target ? containerHref(from, target, place.container) : null
}
