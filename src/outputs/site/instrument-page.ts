/** One page per instrument key: its text (the first in the knowledge base) with citations linked in place, its footnotes, cites and cited by. */
import type {Instrument} from '../../kb/schema.js'
import type {InstrumentEntry, XrefIndex} from '../../kb/xref-index.js'
import {html} from './escape.js'
import {relativeHref} from './names.js'
import {citedByPanel, citesPanel, page} from './page.js'
import type {DocumentPage, SiteMap} from './site-map.js'
import {documentTitle} from './document-page.js'
import {footnoteList, footnotesCited, instrumentContainers, instrumentText} from './text.js'

export interface InstrumentText {
  entry: InstrumentEntry
  instrument: Instrument
  holder: DocumentPage
}

/** Every text of each instrument key, in knowledge-base order. */
export function instrumentTexts(site: SiteMap, index: XrefIndex): Map<string, InstrumentText[]> {
  const out = new Map<string, InstrumentText[]>()
  const entries = new Map<string, InstrumentEntry[]>()
  for (const e of index.instruments) entries.set(`${e.path}\u0000${e.key}`, [...(entries.get(`${e.path}\u0000${e.key}`) ?? []), e])
  for (const holder of site.documents) {
    for (const instrument of holder.doc.instruments) {
      const entry = entries.get(`${holder.doc.source.path}\u0000${instrument.key}`)?.shift()
      if (!entry) continue
      out.set(instrument.key, [...(out.get(instrument.key) ?? []), {entry, instrument, holder}])
    }
  }
  return out
}

export function instrumentPage(file: string, texts: InstrumentText[], site: SiteMap): string {
  const [{entry, instrument, holder}, ...others] = texts
  const containers = instrumentContainers(instrument, holder.doc)
  const ctx = {site, file, page: holder, onPage: new Set([...containers, ...footnotesCited(containers, holder).map((f) => f.id)])}
  const docLink = (t: InstrumentText) => html`<a href="${relativeHref(file, t.holder.file)}">${documentTitle(t.holder.doc)}</a> <small>${t.holder.doc.source.path}</small>`
  const body = html`<p class="where">${instrument.kind} · adopted by ${instrument.adoptedBy ?? 'an unnamed body'} · in ${docLink(texts[0])}</p>
${others.length > 0 ? html`<p class="where">Also printed in: ${others.map((t, i) => html`${i > 0 ? ', ' : ''}${docLink(t)}`)}</p>` : ''}
<div class="panels">${citesPanel(site, file, entry.cites)}${citedByPanel(site, file, entry.citedBy)}</div>
<main class="text">${instrumentText(instrument, 2, ctx, false)}${footnoteList(footnotesCited(containers, holder), ctx)}</main>`
  const title = instrument.title ? `${instrument.key} ${instrument.title}` : instrument.key
  return page({file, title, heading: html`${instrument.key}${instrument.title ? html` <small>${instrument.title}</small>` : ''}`, body})
}
