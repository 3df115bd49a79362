/** One page per referent (a resolution, article, symbol … cited anywhere): every place that cites it, each linked to its paragraph. */
import type {Referent} from '../../kb/xref-index.js'
import {html, safeUrl} from './escape.js'
import {relativeHref} from './names.js'
import {page, placeItem} from './page.js'
import type {SiteMap} from './site-map.js'

export function referentPage(file: string, r: Referent, groupTitle: string, site: SiteMap): string {
  const url = safeUrl(r.url)
  const own = r.kind === 'resolution' || r.kind === 'decision' ? site.instruments.get(r.key) : undefined
  const body = html`<p class="where">${groupTitle} · ${r.kind} · ${r.places.length} ${r.places.length === 1 ? 'citing place' : 'citing places'}</p>
${own ? html`<p>Its text is in the knowledge base: <a href="${relativeHref(file, own)}">${r.key}</a>.</p>` : ''}
${url ? html`<p><a class="ext" href="${url}" rel="noopener">Official document</a></p>` : ''}
<section class="cited-by"><h2>Cited in</h2><ul>${r.places.map((p) => placeItem(site, file, p))}</ul></section>`
  return page({file, title: r.key, body})
}
