import {describe, expect, it} from 'vitest'
import type {XrefIndex} from '../../kb/xref-index.js'
import {citationNetwork, networkSvg} from './network.js'

const entry = (key: string, cites: string[]) => ({key, title: `title of ${key}`, document: 'd', path: 'p', cites: cites.map((c) => ({key: c, kind: 'resolution', count: 1})), citedBy: []})
const referent = (key: string) => ({key, kind: 'resolution', url: null, places: []})

// C builds on B, B on A; C also cites an outside resolution X and a treaty article.
const index: XrefIndex = {
  instruments: [entry('A', []), entry('B', ['A']), {...entry('C', ['B', 'X']), cites: [...entry('C', ['B', 'X']).cites, {key: 'UNTOC/art1', kind: 'article', count: 1}]}],
  groups: [{id: 'instruments', title: 'Resolutions and decisions', referents: ['A', 'B', 'X'].map(referent)}],
  texts: []
}

describe('the citation network', () => {
  it('has a node per instrument of the knowledge base and per resolution or decision they cite, and an edge per citation', () => {
    const net = citationNetwork(index)
    expect(net.nodes.map((n) => [n.key, n.inKb]).sort()).toEqual([['A', true], ['B', true], ['C', true], ['X', false]])
    expect(net.edges).toEqual([['B', 'A'], ['C', 'B'], ['C', 'X']])
  })

  it('draws who builds on whom top-down: every citing node above the nodes it cites', () => {
    const net = citationNetwork(index)
    const y = new Map(net.nodes.map((n) => [n.key, n.y]))
    for (const [from, to] of net.edges) expect(y.get(from)!).toBeLessThan(y.get(to)!)
    for (const n of net.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0)
      expect(n.x).toBeLessThan(net.width)
      expect(n.y).toBeLessThan(net.height)
    }
  })

  it('survives a citation cycle', () => {
    const net = citationNetwork({instruments: [entry('A', ['B']), entry('B', ['A'])], groups: [], texts: []})
    expect(net.nodes.map((n) => n.key).sort()).toEqual(['A', 'B'])
    expect(net.edges.length).toBe(2)
  })

  it('is an SVG whose nodes link to their pages, the same on the same index', () => {
    const svg = networkSvg(citationNetwork(index), (key) => (key === 'X' ? null : `instrument/${key}.html`)).value
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect([...svg.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]).sort()).toEqual(['instrument/A.html', 'instrument/B.html', 'instrument/C.html'])
    expect(svg.match(/<line /g)?.length).toBe(3)
    expect(networkSvg(citationNetwork(index), () => null).value).toBe(networkSvg(citationNetwork(index), () => null).value)
  })
})
