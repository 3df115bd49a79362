/**
 * Querying the search index. BM25 (k1 1.2, b 0.75) over the query's terms,
 * then the number of query pieces found verbatim (a phrase beats its
 * scattered characters; more pieces beat fewer), then paragraph id.
 * `score` = BM25 + tier × (1 + best BM25 of the query): it decreases down
 * the list.
 */
import {foldWidthCase} from './normalize.js'
import {matchRanges, makeSnippet, occurs} from './pattern.js'
import {CHAR_SLOT, planQuery} from './plan.js'
import {PostingList, charPostings, findTerm, readPostings} from './postings.js'
import type {SearchHit, SearchIndex, SearchOptions} from './types.js'

const K1 = 1.2
const B = 0.75
const DEFAULT_LIMIT = 20

function instrumentFilter(prefixes: string[]): (key: string | undefined) => boolean {
  const ps = prefixes.map((prefix) => {
    const p = foldWidthCase(prefix.trim())
    return {p, withSlash: p.endsWith('/') ? p : p + '/'}
  })
  return (key) => {
    if (key === undefined) return false
    const k = foldWidthCase(key)
    return ps.some(({p, withSlash}) => k === p || k.startsWith(withSlash))
  }
}

const asList = (v: string | string[] | undefined): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v])

/**
 * Paragraphs matching `query`, best first. Empty when the query has no Han,
 * Latin or digit characters. Filters: `kind` exact; `instrument` a key or a
 * key prefix ending at a `/` (case- and width-insensitive).
 */
export function search(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchHit[] {
  const limit = Math.min(Math.floor(opts.limit ?? DEFAULT_LIMIT), index.n)
  if (!(limit > 0)) return []
  const plan = planQuery(query)
  if (plan.pieces.length === 0) return []

  const {n, lens, avgdl} = index
  let allowed: Uint8Array | undefined
  if (opts.kind !== undefined || opts.instrument !== undefined) {
    allowed = new Uint8Array(n)
    // Decided once per distinct value, then looked up per paragraph.
    const kindsWanted = asList(opts.kind)
    const kindOk = kindsWanted ? Uint8Array.from(index.kinds.values, (v) => (kindsWanted.includes(v) ? 1 : 0)) : undefined
    const prefixes = asList(opts.instrument)
    const inst = prefixes === undefined ? undefined : instrumentFilter(prefixes)
    const instOk = inst ? Uint8Array.from(index.instruments.values, (v) => (inst(v) ? 1 : 0)) : undefined
    const kinds = index.kinds.idx
    const insts = index.instruments.idx
    for (let d = 0; d < n; d++) {
      if (kindOk && (kinds[d] < 0 || !kindOk[kinds[d]])) continue
      if (instOk && (insts[d] < 0 || !instOk[insts[d]])) continue
      allowed[d] = 1
    }
  }

  const scores = new Float64Array(n)
  const touchedMark = new Uint8Array(n)
  const touched: number[] = []
  const present: (Uint8Array | undefined)[] = []
  const list = new PostingList(n)
  plan.slots.forEach((key, s) => {
    if (key.startsWith(CHAR_SLOT)) charPostings(index, key.slice(CHAR_SLOT.length), list)
    else {
      const t = findTerm(index, key)
      if (t < 0) return
      readPostings(index, t, list)
    }
    const df = list.length
    if (df === 0) return
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
    const mark = new Uint8Array(n)
    for (let k = 0; k < df; k++) {
      const d = list.docs[k]
      if (allowed && !allowed[d]) continue
      const tf = list.tfs[k]
      scores[d] += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lens[d]) / avgdl))
      mark[d] = 1
      if (!touchedMark[d]) {
        touchedMark[d] = 1
        touched.push(d)
      }
    }
    present[s] = mark
  })
  if (touched.length === 0) return []

  // Tier: number of pieces occurring verbatim. Its upper bound is the number
  // of pieces whose required terms are all present; candidates are verified
  // best bound first, until none left can enter the top `limit`.
  const bound = new Uint16Array(n)
  let best = 0
  for (const d of touched) {
    if (scores[d] > best) best = scores[d]
    let ub = 0
    for (const pp of plan.pieces) if (pp.required.length > 0 && pp.required.every((s) => present[s]?.[d] === 1)) ub++
    bound[d] = ub
  }
  const {idRank} = index
  const byScore = (a: number, b: number): number => scores[b] - scores[a] || idRank[a] - idRank[b]
  const queue = new Heap(touched, (a, b) => bound[b] - bound[a] || byScore(a, b))
  const tiers = new Uint16Array(n)
  const better = (a: number, b: number): number => tiers[b] - tiers[a] || byScore(a, b)
  const top: number[] = []
  for (let d = queue.pop(); d !== undefined; d = queue.pop()) {
    if (top.length === limit) {
      const worst = top[limit - 1]
      if (bound[d] < tiers[worst] || (bound[d] === tiers[worst] && byScore(d, worst) > 0)) break
    }
    let tier = 0
    if (bound[d] > 0) {
      let text: string | undefined
      for (const pp of plan.pieces) {
        if (pp.required.length === 0 || !pp.required.every((s) => present[s]?.[d] === 1)) continue
        if (pp.trivial || occurs(pp.pattern, (text ??= matchText(index, d)))) tier++
      }
    }
    tiers[d] = tier
    insertTop(top, d, limit, better)
  }

  const weight = 1 + best
  const pieces = plan.pieces.map((p) => p.piece)
  return top.map((d) => {
    const text = index.texts.get(d) ?? ''
    const highlights = matchRanges(matchText(index, d), pieces)
    const hit: SearchHit = {
      id: index.ids.get(d) ?? '',
      docId: index.docIds.get(d) ?? '',
      kind: index.kinds.get(d) ?? '',
      score: scores[d] + tiers[d] * weight,
      snippet: makeSnippet(text, highlights),
      highlights
    }
    const instrument = index.instruments.get(d)
    const label = index.labels.get(d)
    if (instrument !== undefined) hit.instrument = instrument
    if (label !== null) hit.label = label
    return hit
  })
}

/** A binary min-heap under `order` (smallest = first out), built in O(n). */
class Heap {
  constructor(
    private readonly items: number[],
    private readonly order: (a: number, b: number) => number
  ) {
    for (let i = (items.length >>> 1) - 1; i >= 0; i--) this.down(i)
  }

  pop(): number | undefined {
    const {items} = this
    if (items.length === 0) return undefined
    const first = items[0]
    const last = items.pop()!
    if (items.length > 0) {
      items[0] = last
      this.down(0)
    }
    return first
  }

  private down(i: number): void {
    const {items, order} = this
    const len = items.length
    for (;;) {
      const l = 2 * i + 1
      if (l >= len) return
      const r = l + 1
      const c = r < len && order(items[r], items[l]) < 0 ? r : l
      if (order(items[c], items[i]) >= 0) return
      const tmp = items[i]
      items[i] = items[c]
      items[c] = tmp
      i = c
    }
  }
}

/** Inserts `x` into `top` (kept in `order`, at most `k` long). */
function insertTop(top: number[], x: number, k: number, order: (a: number, b: number) => number): void {
  if (top.length === k && order(x, top[k - 1]) >= 0) return
  let lo = 0
  let hi = top.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (order(top[mid], x) <= 0) lo = mid + 1
    else hi = mid
  }
  top.splice(lo, 0, x)
  if (top.length > k) top.pop()
}

/** The text patterns run on: T→S converted where that changed it (same length as the original). */
function matchText(index: SearchIndex, d: number): string {
  return index.simplified.get(d) ?? index.texts.get(d) ?? ''
}
