/** One page per document: its whole text with citations linked in place, its footnotes, what it cites and who cites it. */
import type {Document} from '../../kb/schema.js'
import {citesOf, type Place} from '../../kb/places.js'
import {naturalCompare, type XrefIndex} from '../../kb/xref-index.js'
import {html} from './escape.js'
import {citedByPanel, citesPanel, page} from './page.js'
import type {DocumentPage, SiteMap} from './site-map.js'
import {documentText} from './text.js'

/** What a reader calls a document: its masthead title, else its first instrument, else its file. */
export function documentTitle(doc: Document): string {
  if (doc.meta.title?.text) return doc.meta.title.text
  const first = doc.instruments[0]
  if (first) return first.title ? `${first.key} ${first.title}` : first.key
  return doc.source.path
}

/** The places citing an instrument of each document, by document path. */
export function citedByPath(index: XrefIndex): Map<string, Place[]> {
  const out = new Map<string, Place[]>()
  for (const i of index.instruments) {
    const list = out.get(i.path) ?? []
    list.push(...i.citedBy)
    out.set(i.path, list)
  }
  return out
}

/** `citedBy`: the places citing its instruments (citedByPath). */
export function documentPage(target: DocumentPage, site: SiteMap, citedBy: Place[]): string {
  const {doc, file} = target
  const ctx = {site, file, page: target, onPage: new Set(target.anchors.keys())}
  const cites = citesOf(doc).sort((a, b) => naturalCompare(a.key, b.key))
  const body = html`<p class="where">${doc.source.path} · ${doc.kind} · ${doc.instruments.length} ${doc.instruments.length === 1 ? 'instrument' : 'instruments'}</p>
<div class="panels">${citesPanel(site, file, cites)}${citedByPanel(site, file, citedBy)}</div>
<main class="text">${documentText(ctx)}</main>`
  return page({file, title: documentTitle(doc), body})
}
