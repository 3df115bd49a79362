/**
 * Recommendation lists in the body of a text: a treaty body's general
 * recommendation or an expert group's report adopts its recommendations in
 * its own operative part, not in an annex. The committee's formula
 * (`消除对妇女歧视委员会，`, `The Committee on …,`) names the adopting body,
 * the session line (`第十届会议(1991年)`, `Eighth session (1989)`) the meeting,
 * and the recommending formula opens the list: unnumbered with a colon
 * (`建议缔约国：`, `Recommends that States parties:`), its items follow; or
 * numbered (`1. 建议各缔约国…`), it is the first item itself. In a bitext the
 * Chinese item is taken, and the English one where the Chinese is not there.
 */
import type {Paragraph, RecommendationItem, RecommendationList} from '../kb/schema.js'
import {analysisForm, type Script} from '../ingest/script.js'
import {bodyAtStart, englishBody} from '../un/bodies.js'
import {labelNumber, romanToNumber} from '../un/numerals.js'
import {consecutiveLabels} from './lists.js'
import type {Addressee, Modality} from './clause.js'
import {addressees} from './addressees.js'
import {modality} from './modality.js'

/** `建议缔约国：`, `1. 建议各缔约国设立…`: the recommending formula of a committee. */
const ZH_FORMULA = /^(?:还|又)?建议(?:各|所有)?(?:缔约国|缔约方|会员国|各国)/
const EN_FORMULA = /^(?:Also\s+)?Recommends\b/i
const ZH_SESSION = /第[一二三四五六七八九十百\d]+届(?:特别)?会议/
const EN_SESSION = /^([A-Z][a-z]+(?:-[a-z]+)?\s+(?:special\s+)?session)\b/
/** `The Committee on the Elimination of Racial Discrimination,`: an English formula. */
const EN_BODY = /^(?:The\s+)?((?:Committee|Commission|Council|Conference|Working Group)\b[^,]{0,120}),\s*$/

interface Reading {
  text: string
  paragraph: Paragraph
}

/** The list a text's own body adopts, where its paragraphs hold one. */
export function bodyList(id: string, paragraphs: Paragraph[], script: Script, key: string | null): RecommendationList | null {
  const read = (p: Paragraph): Reading => ({text: analysisForm(p.text, script).replace(/\s+/g, ''), paragraph: p})
  const all = paragraphs.map(read)
  const at = all.findIndex((r) => opensList(r))
  if (at < 0) return null
  const intro = all[at]
  const numbered = intro.paragraph.label !== null
  const candidates = numbered ? all.slice(at) : all.slice(at + 1)
  const labelled = candidates.filter((r) => r.paragraph.label !== null && r.paragraph.kind !== 'heading')
  // Items share the first item's numbering; `(a)`, `(b)` under a numbered item are its purposes, not items.
  const digits = labelled.length > 0 && /^\d+$/.test(labelled[0].paragraph.label as string)
  const items = mergeLanguages(labelled.filter((r) => /^\d+$/.test(r.paragraph.label as string) === digits))
  if (items.length === 0 || !consecutive(items)) return null
  const lead = all.slice(0, at)
  // Under `建议缔约国：` each item is what the states parties are to do: the formula's subject is theirs.
  const subject = numbered ? null : (/^(?:还|又)?建议(.{1,12}?)[：:]$/.exec(intro.text)?.[1] ?? null)
  const introAddressees = subject ? addressees(`${subject}应`) : introAddresseesOf(intro, all.slice(Math.max(0, at - 1), at + 1))
  return {
    id: `${id}/list`,
    in: key,
    annex: null,
    annexTitle: null,
    adoptedBy: adoptingBody(lead),
    meeting: session(lead),
    meetingDates: [],
    sourceSymbols: [],
    endorsedBy: null,
    intro: numbered ? null : intro.paragraph.id,
    items: items.map((pair) => item(pair, numbered ? null : introAddressees, introAddressees, subject, read))
  }
}

function opensList(r: Reading): boolean {
  const p = r.paragraph
  if (p.lang === 'en') return EN_FORMULA.test(p.text.replace(/^\s*\d+\.\s*/, '')) && (p.label !== null || /[:：]\s*$/.test(p.text))
  return ZH_FORMULA.test(r.text) && (p.label !== null || /[:：]$/.test(r.text))
}

interface Pair {
  zh: Reading | null
  en: Reading | null
}

/** Items by label, in order: the Chinese paragraph where there is one, its English twin beside it. */
function mergeLanguages(readings: Reading[]): Pair[] {
  const pairs: Pair[] = []
  const byLabel = new Map<string, Pair>()
  for (const r of readings) {
    const label = r.paragraph.label as string
    let pair = byLabel.get(label)
    if (!pair) {
      pair = {zh: null, en: null}
      byLabel.set(label, pair)
      pairs.push(pair)
    }
    if (r.paragraph.lang === 'en') pair.en ??= r
    else pair.zh ??= r
  }
  return pairs
}

function chosen(pair: Pair): Reading {
  return (pair.zh ?? pair.en) as Reading
}

function consecutive(pairs: Pair[]): boolean {
  return consecutiveLabels(pairs.map((p) => chosen(p).paragraph.label as string))
}

function item(
  pair: Pair,
  formula: Addressee[] | null,
  fallback: Addressee[],
  subject: string | null,
  read: (p: Paragraph) => Reading
): RecommendationItem {
  const p = chosen(pair).paragraph
  const own = pair.zh ? read(pair.zh.paragraph).text : null
  // The item continues the formula's sentence: read it with the formula's subject before it.
  const zh = own !== null && subject !== null ? `${subject}${own}` : own
  const named = formula && formula.length > 0 ? formula : zh ? addressees(zh) : englishAddressees(p.text)
  // The Chinese may drop the modal its English states (`They should consider…` / `考虑研究…`).
  // An item that opens with the recommending verb itself (`建议各缔约国设立…`) has no marker of the set:
  // a modal further on (`应考虑到…`) belongs to a subordinate clause.
  const recommends = own !== null && ZH_FORMULA.test(own)
  const zhModality: Modality = zh && !recommends ? modality(zh) : 'other'
  return {
    id: p.id,
    label: p.label ?? '',
    topic: null,
    text: p.text,
    start: p.start,
    end: p.end,
    addressees: named.length > 0 ? named : fallback,
    modality: zhModality !== 'other' || recommends ? zhModality : pair.en ? englishModality(pair.en.paragraph.text) : 'other',
    references: [],
    similar: []
  }
}

/** Who the recommending formula addresses: its Chinese, or its English where only that is printed. */
function introAddresseesOf(intro: Reading, around: Reading[]): Addressee[] {
  for (const r of [intro, ...around]) {
    const found = r.paragraph.lang === 'en' ? englishAddressees(r.paragraph.text) : addressees(r.text)
    if (found.length > 0) return found
  }
  return []
}

function englishAddressees(text: string): Addressee[] {
  if (/\bStates parties\b/i.test(text)) return ['StatesParties']
  if (/\bMember States\b/i.test(text)) return ['MemberStates']
  if (/\bStates\b/.test(text)) return ['States']
  return []
}

function englishModality(text: string): Modality {
  if (/\bshould\s+(?:\w+\s+)?consider\b/i.test(text)) return 'should-consider'
  if (/\bshould\s+be\s+encouraged\b/i.test(text)) return 'encouraged'
  if (/\bmay\s+wish\b/i.test(text)) return 'may-wish'
  if (/\bshould\b/i.test(text)) return 'should'
  return 'other'
}

/** The committee whose formula stands before the list: the Chinese name, else the English. */
function adoptingBody(lead: Reading[]): string | null {
  for (const r of [...lead].reverse()) {
    if (r.paragraph.lang === 'en') continue
    const m = /^(\S{2,40}?(?:委员会|理事会|工作组|会议|大会))[，,]$/.exec(r.text)
    if (m || bodyAtStart(r.text)) return r.paragraph.text.trim().replace(/[，,]\s*$/, '')
  }
  for (const r of [...lead].reverse()) {
    const m = r.paragraph.lang === 'en' ? EN_BODY.exec(r.paragraph.text.trim()) : null
    if (m) return m[1]
  }
  return null
}

/** The session line before the list: `第十届会议`, or `Eighth session` where only the English is printed. */
function session(lead: Reading[]): string | null {
  for (const r of lead) {
    if (r.paragraph.lang === 'en') continue
    const m = ZH_SESSION.exec(r.text)
    // A session line, not a sentence naming a session (an English run before it may stay on the line).
    if (m && r.text.replace(/[A-Za-z\-]+/g, '').length <= m[0].length + 14) return m[0]
  }
  for (const r of lead) {
    const m = r.paragraph.lang === 'en' ? EN_SESSION.exec(r.paragraph.text.trim()) : null
    if (m) return m[1]
  }
  return null
}

/** `CEDAW/GR/17` printed, or `General recommendation No. 13` / `第十七号一般性建议` with the committee's prefix. */
export function generalRecommendationKey(texts: string[], committee: string | null): string | null {
  for (const t of texts) {
    const printed = /\b([A-Z]{2,6}\/GR\/\d{1,3})\b/.exec(t)
    if (printed) return printed[1]
  }
  const prefix = committee ? (bodyAtStart(committee.replace(/\s+/g, ''))?.prefix ?? englishBody(committee)) : undefined
  if (!prefix) return null
  for (const t of texts) {
    const en = /General recommendation\s+(?:No\.\s*(\d{1,3})|([IVXL]+)\b)/i.exec(t)
    if (en) return `${prefix}/GR/${en[1] ?? romanToNumber(en[2])}`
    const zh = /第([一二三四五六七八九十百\d]+)号一般性建议/.exec(t)
    if (zh) return `${prefix}/GR/${labelNumber(zh[1])}`
  }
  return null
}
