/**
 * The citation network of the knowledge base's instruments, drawn at build
 * time as SVG. Nodes: every instrument whose text is in the knowledge base,
 * and every resolution or decision they cite. Edges: citing → cited. Layered:
 * an instrument stands one layer above the highest instrument it cites, so
 * the reading goes downwards from who builds to whom it builds on. The order
 * within a layer follows the citing nodes above it (barycentre), ties by key;
 * a layer wider than a row wraps. No randomness: the same index, the same
 * picture.
 */
import {naturalCompare, type XrefIndex} from '../../kb/xref-index.js'
import {html, type Markup} from './escape.js'

export interface NetworkNode {
  key: string
  title: string | null
  /** its text is in the knowledge base */
  inKb: boolean
  layer: number
  x: number
  y: number
}

export interface Network {
  nodes: NetworkNode[]
  edges: [from: string, to: string][]
  width: number
  height: number
}

const INSTRUMENT_KINDS = new Set(['resolution', 'decision'])
const NODE = {width: 132, height: 22, gapX: 10, gapY: 14, layerGap: 46, perRow: 8, margin: 16}

/** Longest path to a node citing nothing; a cycle is cut where the walk meets it again. */
function layers(keys: string[], out: Map<string, string[]>): Map<string, number> {
  const layer = new Map<string, number>()
  const walking = new Set<string>()
  const visit = (key: string): number => {
    const known = layer.get(key)
    if (known !== undefined) return known
    if (walking.has(key)) return 0
    walking.add(key)
    const cited = out.get(key) ?? []
    const l = cited.length === 0 ? 0 : 1 + Math.max(...cited.map(visit))
    walking.delete(key)
    layer.set(key, l)
    return l
  }
  keys.forEach(visit)
  return layer
}

export function citationNetwork(index: XrefIndex): Network {
  const titles = new Map<string, string | null>()
  for (const inst of index.instruments) if (!titles.has(inst.key)) titles.set(inst.key, inst.title)
  const keys = new Set(titles.keys())
  for (const g of index.groups) for (const r of g.referents) if (INSTRUMENT_KINDS.has(r.kind)) keys.add(r.key)
  const edges: [string, string][] = []
  const out = new Map<string, string[]>()
  const seen = new Set<string>()
  for (const inst of index.instruments) {
    for (const c of inst.cites) {
      const id = `${inst.key}\u0000${c.key}`
      if (!INSTRUMENT_KINDS.has(c.kind) || c.key === inst.key || seen.has(id)) continue
      seen.add(id)
      edges.push([inst.key, c.key])
      out.set(inst.key, [...(out.get(inst.key) ?? []), c.key])
    }
  }
  const sorted = [...keys].sort(naturalCompare)
  const layer = layers(sorted, out)
  const top = Math.max(0, ...layer.values())
  const citedBy = new Map<string, string[]>()
  for (const [from, to] of edges) citedBy.set(to, [...(citedBy.get(to) ?? []), from])

  const nodes: NetworkNode[] = []
  const xOf = new Map<string, number>()
  const rowWidth = NODE.perRow * (NODE.width + NODE.gapX) - NODE.gapX
  let y = NODE.margin + 28
  for (let l = top; l >= 0; l--) {
    const here = sorted.filter((k) => layer.get(k) === l)
    const centre = (k: string) => {
      const xs = (citedBy.get(k) ?? []).map((c) => xOf.get(c)).filter((x): x is number => x !== undefined)
      return xs.length === 0 ? Infinity : xs.reduce((a, b) => a + b, 0) / xs.length
    }
    const centres = new Map(here.map((k) => [k, centre(k)]))
    here.sort((a, b) => (centres.get(a) as number) - (centres.get(b) as number) || naturalCompare(a, b))
    const rows = Math.ceil(here.length / NODE.perRow)
    here.forEach((key, i) => {
      const row = Math.floor(i / NODE.perRow)
      const inRow = row === rows - 1 ? here.length - row * NODE.perRow : NODE.perRow
      const used = inRow * (NODE.width + NODE.gapX) - NODE.gapX
      const x = NODE.margin + (rowWidth - used) / 2 + (i % NODE.perRow) * (NODE.width + NODE.gapX)
      const node = {key, title: titles.get(key) ?? null, inKb: titles.has(key), layer: l, x, y: y + row * (NODE.height + NODE.gapY)}
      nodes.push(node)
      xOf.set(key, x)
    })
    y += rows * (NODE.height + NODE.gapY) - NODE.gapY + NODE.layerGap
  }
  return {nodes, edges, width: rowWidth + 2 * NODE.margin, height: Math.max(y - NODE.layerGap + NODE.margin, 80)}
}

const label = (key: string) => ([...key].length > 20 ? `${[...key].slice(0, 19).join('')}…` : key)

/** The network as an SVG element; `hrefOf` gives each node's page, as a link from where the SVG is shown. */
export function networkSvg(net: Network, hrefOf: (key: string) => string | null): Markup {
  const at = new Map(net.nodes.map((n) => [n.key, n]))
  const edge = ([from, to]: [string, string]) => {
    const a = at.get(from)
    const b = at.get(to)
    if (!a || !b) return html``
    const x1 = a.x + NODE.width / 2
    const y1 = a.y + NODE.height
    const x2 = b.x + NODE.width / 2
    const y2 = b.y
    return html`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`
  }
  const node = (n: NetworkNode) => {
    const href = hrefOf(n.key)
    const box = html`<rect x="${n.x}" y="${n.y}" width="${NODE.width}" height="${NODE.height}" rx="4" class="${n.inKb ? 'kb' : 'cited'}"/><text x="${n.x + NODE.width / 2}" y="${n.y + 15}">${label(n.key)}</text><title>${n.title ? `${n.key} ${n.title}` : n.key}</title>`
    return href ? html`<a href="${href}">${box}</a>` : html`<g>${box}</g>`
  }
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="network" viewBox="0 0 ${net.width} ${net.height}" width="${net.width}" height="${net.height}" role="img" aria-label="Citation network of the instruments">
<style>line{stroke:#7a8aa6;stroke-opacity:.45;marker-end:url(#arrow)}rect.kb{fill:#1f4e79}rect.cited{fill:#e8eef7;stroke:#9bb0d0}text{font:11px ui-monospace,"DejaVu Sans Mono",monospace;text-anchor:middle;fill:#1b1b1b}rect.kb+text{fill:#fff}</style>
<defs><marker id="arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L8 4L0 8z" fill="#7a8aa6"/></marker></defs>
<text x="${NODE.margin}" y="${NODE.margin + 8}" style="text-anchor:start;font-size:12px">An instrument stands above those it cites. Dark: text in the knowledge base; light: cited only.</text>
${net.edges.map(edge)}
${net.nodes.map(node)}
</svg>`
}
