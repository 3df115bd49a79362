/** The frame every page of the site shares: head, style, navigation, and the panels of who cites whom. */
import {createHash} from 'node:crypto'
import type {Place} from '../../kb/places.js'
import {html, raw, type Markup} from './escape.js'
import {relativeHref} from './names.js'
import {INDEX_FILE, placeHref, referentKey, type SiteMap} from './site-map.js'

const STYLE = `
body{font-family:system-ui,"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:62rem;margin:0 auto;padding:0 1rem 3rem;line-height:1.7;color:#1b1b1b}
nav.top{padding:.6rem 0;border-bottom:1px solid #ddd;margin-bottom:1rem;font-size:.9em}
h1{font-size:1.5rem;line-height:1.4}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}h3,h4,h5,h6{font-size:1.05rem}
a{color:#0b57d0}a.cite{background:#eef4ff;border-bottom:1px solid #9bb8f0;text-decoration:none}a.cite.ext{background:#f3f3f3;border-bottom-style:dashed}
span.cite{border-bottom:1px dotted #999}sup.fn a{text-decoration:none;padding:0 .1em}a.back{text-decoration:none;font-size:.85em}
.num{color:#555;margin-right:.3em}.sub{margin-left:2em}.meta{color:#444;margin:.1rem 0}.masthead{border-bottom:1px solid #eee;margin-bottom:1rem}
article.instrument{border-left:3px solid #dbe5f5;padding-left:1rem;margin:1.5rem 0}a.page{font-size:.75em;font-weight:normal}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.2rem .5rem;vertical-align:top;text-align:left}caption{font-weight:bold;text-align:left}
.footnotes ol{list-style:none;padding-left:0}.fnnum{display:inline-block;min-width:2em;color:#555}
.panels{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}.panels ul{padding-left:1.2em;max-height:18rem;overflow:auto;margin:0}.where{color:#555;font-size:.9em}.ctx{display:block;font-size:.95em}
small{color:#666;font-weight:normal}:target{background:#fff7cc}
#filter{font-size:1rem;padding:.4rem .6rem;width:24rem;max-width:100%}
table.rows td:first-child{white-space:nowrap}tr[hidden]{display:none}
svg.network{max-width:100%;height:auto}svg.network a:hover rect{stroke:#f90;stroke-width:2}
`

export interface PageParts {
  file: string
  title: string
  /** the page's heading, when it is not the title as text */
  heading?: Markup
  body: Markup
  /** the site's own inline script: allowed by its hash, and nothing else runs */
  script?: string
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64')
}

export function page(parts: PageParts): string {
  const scriptSrc = parts.script ? `'sha256-${sha256(parts.script)}'` : `'none'`
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; script-src ${scriptSrc}`
  const home = parts.file === INDEX_FILE ? html`` : html`<nav class="top"><a href="${relativeHref(parts.file, INDEX_FILE)}">← reskb index</a></nav>`
  return `${html`<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
${home}<h1>${parts.heading ?? parts.title}</h1>
${parts.body}
${parts.script ? html`<script>${raw(parts.script)}</script>` : ''}
</body>
</html>`}\n`
}

/** A link to what a key names: its instrument page where the knowledge base has its text, else its referent page. */
export function keyHref(site: SiteMap, from: string, kind: string, key: string): string | null {
  const to = ((kind === 'resolution' || kind === 'decision') && site.instruments.get(key)) || site.referents.get(referentKey(kind, key))
  return to ? relativeHref(from, to) : null
}

export function citesPanel(site: SiteMap, from: string, cites: {key: string; kind: string; count: number}[]): Markup {
  const item = (c: (typeof cites)[number]) => {
    const href = keyHref(site, from, c.kind, c.key)
    return html`<li>${href ? html`<a href="${href}">${c.key}</a>` : c.key} <small>${c.kind}${c.count > 1 ? ` ×${c.count}` : ''}</small></li>`
  }
  return html`<section class="cites"><h2>Cites</h2>${cites.length === 0 ? html`<p>Nothing.</p>` : html`<ul>${cites.map(item)}</ul>`}</section>`
}

export function placeItem(site: SiteMap, from: string, p: Place): Markup {
  const href = placeHref(site, from, p)
  const where = html`${p.path} · ${p.instrument ?? 'report'} · ${p.label}`
  return html`<li><span class="where">${href ? html`<a href="${href}">${where}</a>` : where}</span> <span class="ctx">${p.snippet}</span></li>`
}

export function citedByPanel(site: SiteMap, from: string, places: Place[]): Markup {
  return html`<section class="cited-by"><h2>Cited by</h2>${
    places.length === 0 ? html`<p>Nothing in the knowledge base.</p>` : html`<ul>${places.map((p) => placeItem(site, from, p))}</ul>`
  }</section>`
}
