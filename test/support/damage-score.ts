/**
 * Scoring a parsed document against the hand gold, item by item, for the
 * layout-damage report (and, later, its assertions): instruments by key,
 * preambular counts, operative paragraphs (label, head and tail, as
 * src/structure/gold.test.ts checks them), footnotes (number, text, marker
 * count) and recommendation items (label and head, as
 * src/recommendations/lists.test.ts checks them).
 */
import type {Document} from '../../src/kb/schema.js'
import type {Gold} from './corpus.js'

export interface Tally {
  ok: number
  total: number
}

export interface DamageScore {
  instruments: Tally
  /** instrument keys the document has and the gold has not */
  extraInstruments: string[]
  preambles: Tally
  operative: Tally
  footnotes: Tally
  items: Tally
  /** what failed, one line each (`CTOC/COP/RES/9/1 op 3 tail`), for reading a row's losses */
  misses: string[]
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '')
/** Markdown link markup is a conversion artifact: gold texts drop it. */
const plain = (s: string) => squash(s.replace(/\[([^\]]*)\]\(#\)/g, '$1'))

const tally = (): Tally => ({ok: 0, total: 0})

function count(t: Tally, ok: boolean, misses: string[], what: string): void {
  t.total++
  if (ok) t.ok++
  else misses.push(what)
}

/**
 * Walk `want` in order, each taking the first unused `got` entry at or after
 * the last one taken that `sameId` accepts: one spurious or missing entry
 * costs itself, not everything after it.
 */
function alignInOrder<W, G>(want: readonly W[], got: readonly G[], sameId: (w: W, g: G) => boolean): (G | undefined)[] {
  let from = 0
  return want.map((w) => {
    for (let j = from; j < got.length; j++) {
      if (sameId(w, got[j])) {
        from = j + 1
        return got[j]
      }
    }
    return undefined
  })
}

/** What the score reads of a document. */
export type ScoredParts = Pick<Document, 'instruments' | 'footnotes' | 'recommendationLists'>

/** A document that holds nothing: what a parse that failed scores as. */
export const NOTHING_PARSED: ScoredParts = {instruments: [], footnotes: [], recommendationLists: []}

export function scoreDocument(doc: ScoredParts, gold: Gold): DamageScore {
  const score: DamageScore = {
    instruments: tally(),
    extraInstruments: doc.instruments.map((i) => i.key).filter((k) => !gold.instruments.some((g) => g.key === k)),
    preambles: tally(),
    operative: tally(),
    footnotes: tally(),
    items: tally(),
    misses: []
  }
  const {misses} = score
  for (const gi of gold.instruments) {
    const inst = doc.instruments.find((i) => i.key === gi.key)
    count(score.instruments, inst !== undefined, misses, `${gi.key} missing`)
    count(score.preambles, inst?.preamble.length === gi.preambular, misses, `${gi.key} preambular ${inst?.preamble.length ?? '-'}/${gi.preambular}`)
    const paragraphs = alignInOrder(gi.operative, inst?.operative ?? [], (w, g) => g.label === w.label)
    gi.operative.forEach((o, k) => {
      const text = squash(paragraphs[k]?.text)
      const why = !paragraphs[k] ? 'missing' : !text.startsWith(squash(o.head)) ? 'head' : !text.endsWith(squash(o.tail)) ? 'tail' : ''
      count(score.operative, why === '', misses, `${gi.key} op ${o.label} ${why}`)
    })
  }
  const footnotes = alignInOrder(gold.footnotes, doc.footnotes, (w, g) => String(g.n) === String(w.n))
  gold.footnotes.forEach((f, k) => {
    const got = footnotes[k]
    const why = !got ? 'missing' : plain(got.text) !== plain(f.text) ? 'text' : got.markers.length !== f.refs ? `markers ${got.markers.length}/${f.refs}` : ''
    count(score.footnotes, why === '', misses, `footnote ${f.n} ${why}`)
  })
  for (const wl of gold.recommendationLists) {
    const list = doc.recommendationLists.find((l) => l.in === wl.in && squash(l.annex) === squash(wl.annex))
    const items = alignInOrder(wl.items, list?.items ?? [], (w, g) => g.label === w.label)
    wl.items.forEach((wi, k) => {
      const head = squash(wi.head)
      const why = !list ? 'no list' : !items[k] ? 'missing' : squash(items[k]!.text).slice(0, head.length) !== head ? 'head' : ''
      count(score.items, why === '', misses, `${wl.in} ${wl.annex} (${wi.label}) ${why}`)
    })
  }
  return score
}

/** Scores of several documents added up. */
export function addScores(scores: readonly DamageScore[]): DamageScore {
  const sum = (pick: (s: DamageScore) => Tally): Tally => ({
    ok: scores.reduce((n, s) => n + pick(s).ok, 0),
    total: scores.reduce((n, s) => n + pick(s).total, 0)
  })
  return {
    instruments: sum((s) => s.instruments),
    extraInstruments: scores.flatMap((s) => s.extraInstruments),
    preambles: sum((s) => s.preambles),
    operative: sum((s) => s.operative),
    footnotes: sum((s) => s.footnotes),
    items: sum((s) => s.items),
    misses: scores.flatMap((s) => s.misses)
  }
}
