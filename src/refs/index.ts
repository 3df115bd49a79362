/**
 * Citation extractor: finds the references of SPEC.md (resolutions,
 * decisions, articles, chapters, document symbols, Treaty Series, sales
 * numbers, SDG targets, paragraphs of the same text) in a document's
 * paragraphs, read in order so that `同上` and `《公约》` take their meaning
 * from what came before.
 */
import {findArticles, type ArticleState} from './articles.js'
import {foldWidth} from './normalize.js'
import {findParagraphs} from './paragraphs.js'
import {findEnglish} from './english.js'
import {findResolutions} from './resolutions.js'
import {findSalesNumbers} from './sales.js'
import {findSdgs} from './sdg.js'
import {findSymbols} from './symbols.js'
import {findTreatySeries, type IbidSource} from './treaty-series.js'
import type {FoundRef, Hit, RefContext, TextUnit} from './types.js'

export type {FoundRef, RefContext, RefKind, TextUnit} from './types.js'
export {scoreReferences, type KindScore} from './score.js'

/** Refs of one paragraph, given the reading state. */
function unitHits(text: string, issuer: string, state: ArticleState, ibid: IbidSource, conv: string, inTable: boolean): Hit[] {
  const symbols = findSymbols(text)
  // numbers inside a symbol are not resolution numbers; asked in text order
  const spans = [...symbols].sort((a, b) => a.end - b.end)
  let si = 0
  const blocked = (s: number, e: number) => {
    while (si < spans.length && spans[si].end <= s) si++
    return si < spans.length && spans[si].start < e
  }
  const treaties = findTreatySeries(text, ibid)
  const resolutions = findResolutions(text, issuer, blocked)
  const articles = findArticles(text, issuer, state, conv, inTable)
  const sales = findSalesNumbers(text)
  const sdgs = findSdgs(text)
  const paragraphs = findParagraphs(text, [...symbols, ...resolutions, ...treaties])
  const english = findEnglish(text, issuer)
  return [...symbols, ...treaties, ...resolutions, ...articles, ...sales, ...sdgs, ...paragraphs, ...english]
}

/** The convention a bare `《公约》` means by default: the one the issuing body serves. */
const SERVED: [RegExp, string][] = [
  [/^CAC\b/, 'UNCAC'],
  [/^CEDAW\b/, 'OTHER:消除对妇女一切形式歧视公约'],
  [/^CERD\b/, 'OTHER:消除一切形式种族歧视国际公约']
]

function servedConvention(issuer: string): string {
  return SERVED.find(([re]) => re.test(issuer))?.[1] ?? 'UNTOC'
}

export function extractReferences(units: TextUnit[], ctx: RefContext): FoundRef[] {
  const issuer = ctx.issuer
  const conv = servedConvention(issuer)
  const state: ArticleState = {}
  let ibid: IbidSource = 'none'
  const out: FoundRef[] = []
  for (const unit of units) {
    const text = foldWidth(unit.text)
    const hits = unitHits(text, issuer, state, ibid, conv, unit.inTable === true)
    if (unit.footnote !== undefined) {
      if (hits.some((h) => h.kind === 'treaty-series')) ibid = 'unts'
      else if (!/^\s*同上/.test(text)) ibid = 'other'
    }
    hits.sort((a, b) => a.start - b.start || a.end - b.end)
    for (const h of hits) {
      const ref: FoundRef = {
        unitId: unit.id,
        kind: h.kind,
        key: h.key,
        surface: unit.text.slice(h.start, h.end),
        start: h.start,
        end: h.end,
        rule: h.rule
      }
      if (h.date) ref.date = h.date
      if (h.hard) ref.hard = true
      if (h.lang) ref.lang = h.lang
      out.push(ref)
    }
  }
  return out
}
