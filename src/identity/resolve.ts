/**
 * Who issued a text: a pure function over the document's plain data that
 * weighs every piece of evidence the text offers and records each one.
 *
 * Evidence, strongest first: a text that is no UN text (a national gazette)
 * gives `?` whatever else it quotes; the series of the masthead or header
 * symbol (deepest known prefix first); the masthead's body line; an
 * adopting-body line anywhere in the text (either script, after leading
 * English or `因此`); a meeting formula (`在…会议上，经济及社会理事会：`); a
 * caption (`大会决议`, `[根据第三委员会的报告(A/69/489)通过]`); then, weaker,
 * a title line naming a body's resolution, the instruments' adopting bodies,
 * and last the body the text names most.
 */
import {BODY_NAMES, GENERAL_ASSEMBLY} from '../un/bodies.js'
import {englishIssuer, issuerAtStart, issuerNamed} from './names.js'
import {numberingBodyOf, seriesOf} from './series.js'
import {headSymbol} from './self-keys.js'
import type {Evidence, EvidenceKind, Identity, IdentityInput, IdentityLine} from './types.js'

const WEIGHT: Record<EvidenceKind, number> = {
  'non-un': 0,
  'symbol-series': 3,
  'masthead-body': 3,
  'adopting-body': 3,
  formula: 3,
  caption: 3,
  'title-line': 2,
  instrument: 2,
  'named-most': 1
}

/** Below this total the issuer is a guess, and a diagnostic says so. */
export const STRONG = 3

/** A national authority's notice or gazette: the title of a text that is not the UN's. */
const NON_UN = /(?:行政长官|特别行政区|政府)[^,。]{0,10}(?:公告|公报|宪报|命令)|(?:公报|宪报)第/

const FORMULA = /^在[^,。]{1,60}会议上\s*,\s*(\S{2,30}?)\s*[:,]?$/
const MAIN_COMMITTEE_REPORT = /^\[?\s*根据(?:第[一二三四五六]委员会|特别政治和非殖民化委员会)的报告/
const TITLE_LINE = /^(\S{2,20}?)第\s*[\dA-Z()/\s-]+号\s*(?:决议|决定)/

function ev(kind: EvidenceKind, prefix: string, line: IdentityLine, from = 0, to = line.text.length): Evidence {
  return {kind, prefix, text: line.text.slice(from, to), start: line.start + from, end: line.start + to}
}

/** An adopting-body line: the body's name alone, with a comma or colon, after leading English or `因此`. */
function adoptingBody(line: IdentityLine): Evidence | undefined {
  const t = line.text
  const english = /^([A-Za-z][A-Za-z ,.'-]*?)\s*[,:]\s*(?=[^\x00-\x7f]|$)/.exec(t)
  if (english) {
    const p = englishIssuer(english[1])
    if (p && english[0].length === t.trimEnd().length) return ev('adopting-body', p, line, 0, english[1].length)
  }
  const lead = english ? english[0].length : (/^\s*(?:因此\s*,\s*)?/.exec(t)?.[0].length ?? 0)
  const m = /^(\S{2,40}?)\s*[,:]?\s*$/.exec(t.slice(lead))
  const p = m ? issuerNamed(m[1]) : undefined
  return p ? ev('adopting-body', p, line, lead, lead + m![1].length) : undefined
}

function lineEvidence(line: IdentityLine, index: number): Evidence[] {
  const out: Evidence[] = []
  const t = line.text.trim()
  if (!t) return out
  if (index < 3 && NON_UN.test(t)) out.push(ev('non-un', '?', line))
  const body = adoptingBody(line)
  if (body) out.push(body)
  const formula = FORMULA.exec(t)
  const fp = formula ? issuerNamed(formula[1]) : undefined
  if (fp) out.push(ev('formula', fp, line))
  const caption = /^(\S{2,20}?)(?:决议|决定)$/.exec(t)
  const cp = caption ? issuerNamed(caption[1]) : undefined
  if (cp) out.push(ev('caption', cp, line))
  if (MAIN_COMMITTEE_REPORT.test(t)) out.push(ev('caption', 'A', line))
  if (index < 3) {
    const title = TITLE_LINE.exec(t)
    const at = title ? issuerAtStart(title[1]) : undefined
    if (at && at.length === title![1].length) out.push(ev('title-line', at.prefix, line))
  }
  return out
}

const NAMED = [...BODY_NAMES, GENERAL_ASSEMBLY]
/** Characters that may stand right before a body's name without making it part of a longer name. */
const NAME_BOUNDARY = /[的在与和及、由向对经请据]/

/** The body the text names most: weak evidence, used when nothing stronger is printed. */
function namedMost(lines: IdentityLine[]): Evidence | undefined {
  const counts = new Map<string, {n: number; first: Evidence}>()
  lines.forEach((line) => {
    for (const [name, prefix] of NAMED) {
      if (name === GENERAL_ASSEMBLY[0]) continue
      for (let i = line.text.indexOf(name); i >= 0; i = line.text.indexOf(name, i + name.length)) {
        // the tail of a longer name (`禁止化学武器组织缔约国大会`) is another body
        if (i > 0 && /\p{Script=Han}/u.test(line.text[i - 1]) && !NAME_BOUNDARY.test(line.text[i - 1])) continue
        const c = counts.get(prefix)
        if (c) c.n++
        else counts.set(prefix, {n: 1, first: ev('named-most', prefix, line, i, i + name.length)})
      }
    }
  })
  let best: {n: number; first: Evidence} | undefined
  for (const c of counts.values()) if (!best || c.n > best.n) best = c
  return best?.first
}

export function resolveIdentity(input: IdentityInput): Identity {
  const evidence: Evidence[] = []
  const nonEmpty = input.lines.filter((l) => l.text.trim())
  nonEmpty.forEach((line, i) => evidence.push(...lineEvidence(line, i)))
  const symbol = headSymbol(input.headerFields, input.lines)
  if (symbol) {
    const series = seriesOf(symbol.key)
    if (series) evidence.unshift({kind: 'symbol-series', prefix: series, text: symbol.key, start: symbol.start, end: symbol.end})
  }
  const masthead = input.mastheadBody
  if (masthead) {
    const at = issuerAtStart(masthead.text.replace(/\s+/g, ''))
    if (at) evidence.unshift(ev('masthead-body', at.prefix, masthead))
  }
  for (const inst of input.instruments) {
    const p = inst.adoptedBy ? issuerNamed(inst.adoptedBy) : undefined
    if (p) evidence.push({kind: 'instrument', prefix: p, text: inst.adoptedBy!, start: null, end: null})
  }
  if (!evidence.some((e) => WEIGHT[e.kind] >= STRONG)) {
    const most = namedMost(nonEmpty)
    if (most) evidence.push(most)
  }
  const issuer = decide(evidence)
  const selfKeys = [...new Set([...(symbol ? [symbol.key] : []), ...input.instruments.map((i) => i.key)])]
  return {issuer, numberingBody: numberingBodyOf(issuer), symbol: symbol?.key ?? null, evidence, selfKeys}
}

/** The prefix with the most weight; a non-UN text is `?` whatever it quotes; ties go to the first seen. */
function decide(evidence: Evidence[]): string {
  if (evidence.some((e) => e.kind === 'non-un')) return '?'
  const total = new Map<string, number>()
  for (const e of evidence) total.set(e.prefix, (total.get(e.prefix) ?? 0) + WEIGHT[e.kind])
  let best = '?'
  let n = 0
  for (const [prefix, w] of total) if (w > n) [best, n] = [prefix, w]
  return best
}

/** How strongly the evidence supports the issuer (the sum of its weights). */
export function issuerWeight(identity: Identity): number {
  return identity.evidence.filter((e) => e.prefix === identity.issuer).reduce((s, e) => s + WEIGHT[e.kind], 0)
}
