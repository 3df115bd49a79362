/**
 * Recommendation lists: the items a working group adopted and an instrument
 * sets out in an annex. A list is announced by its intro line
 * (`…通过了下列建议…：`, `…拟定了下列建议：`) or by an annex title that says
 * the annex holds adopted recommendations (`…会议通过的提议`); its items are
 * the numbered or lettered paragraphs that follow, with unnumbered lines
 * between them as topic sub-headings.
 */
import type {Footnote, Paragraph, RecommendationItem, RecommendationList} from '../kb/schema.js'
import type {InstrumentOut, SectionOut} from '../structure/build.js'
import {labelNumber} from '../un/numerals.js'
import {analysisForm, type Script} from '../ingest/script.js'
import {addressees} from './addressees.js'
import {modality} from './modality.js'

/** The intro line of a list: a body adopted or drew up the recommendations that follow. */
const INTRO = /(通过|拟定|提出|商定)了?(以下|下列|如下)(各项)?(建议|提议)|(建议|提议)如下[：:]?$/
/** An annex title naming adopted recommendations. */
const TITLE = /(通过|拟定|提出)的(各项)?(建议|提议)$/
const BODY = /([\p{Script=Han}（）()]{0,30}?(工作组|专家组|专家会议|委员会|小组))/gu
const ORDINAL_MEETING = /第[一二三四五六七八九十百\d]+次(会议|闭会期间会议)/g
const DATE_SPAN =
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|和|-|–)\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?/g
const DESCRIBED_MEETING = /(\d{4}\s*年[\d\s月日和至、-]+举行的)[^，。；]*?会议/

export interface ListContext {
  script: Script
  footnotes: Footnote[]
  /** document symbols the reference stage found in a footnote, by footnote id */
  symbolsIn: (footnoteId: string) => string[]
}

/** Where a list may stand: an instrument's annex, or a report's annex or section. */
interface Holder {
  id: string
  /** the annex label (`附件一`), null for a report section */
  annex: string | null
  title: string | null
  titleParagraph: Paragraph | null
  paragraphs: Paragraph[]
}

export function findRecommendationLists(instruments: InstrumentOut[], sections: SectionOut[], context: ListContext): RecommendationList[] {
  const lists: RecommendationList[] = []
  for (const inst of instruments) {
    for (const annex of inst.annexes) {
      const list = listIn({...annex, annex: annex.label}, inst, context)
      if (list) lists.push(list)
    }
  }
  const flatten = (s: SectionOut): Paragraph[] => [...s.paragraphs, ...s.children.flatMap(flatten)]
  const walk = (ss: SectionOut[]): void => {
    for (const s of ss) {
      // A report's annex is read whole: its intro and items may stand in different chapters.
      const annex = s.kind === 'annex'
      const holder = {id: s.id, annex: annex ? s.heading.text : null, title: annex ? s.title : null, titleParagraph: null, paragraphs: annex ? flatten(s) : s.paragraphs}
      const list = listIn(holder, null, context)
      if (list) lists.push(list)
      if (!annex) walk(s.children)
    }
  }
  walk(sections)
  return lists
}

function listIn(holder: Holder, inst: InstrumentOut | null, context: ListContext): RecommendationList | null {
  const read = (text: string) => analysisForm(text, context.script)
  const paragraphs = holder.paragraphs
  const introIndex = paragraphs.findIndex((p) => INTRO.test(read(p.text).replace(/\s+/g, '')))
  const titled = inst !== null && holder.title !== null && TITLE.test(read(holder.title).replace(/\s+/g, ''))
  if (introIndex < 0 && !titled) return null
  const intro = introIndex >= 0 ? paragraphs[introIndex] : null
  // An intro that is itself a numbered paragraph holds the items as its sub-paragraphs.
  const candidates = intro && intro.children.length > 0 ? intro.children : paragraphs.slice(introIndex + 1)
  const items: RecommendationItem[] = []
  let topic: string | null = null
  for (const p of candidates) {
    if (p.label !== null && p.kind !== 'heading') {
      items.push(item(p, topic, read))
    } else if (p.text.trim() !== '') {
      topic = p.text.trim()
    }
  }
  if (items.length < 2 || !consecutive(items)) return null
  const sources = [intro?.text ?? '', holder.title ?? '']
  const sourceMarkers = [...(intro?.markers ?? []), ...(holder.titleParagraph?.markers ?? [])]
  const meeting = adoptingMeeting(sources, inst?.operative ?? [], read)
  const endorsement = holder.annex === null ? undefined : inst?.operative.find((op) => endorses(read(op.text), read(holder.annex as string)))
  const footnoteIds = sourceMarkers.map((m) => m.footnote).filter((id): id is string => id !== null)
  return {
    id: `${holder.id}/list`,
    in: inst?.key ?? null,
    annex: holder.annex,
    annexTitle: holder.title,
    adoptedBy: meeting.body,
    meeting: meeting.name,
    meetingDates: meeting.dates,
    sourceSymbols: [...new Set(footnoteIds.flatMap(context.symbolsIn))],
    endorsedBy: endorsement?.id ?? null,
    intro: intro?.id ?? null,
    items
  }
}

function item(p: Paragraph, topic: string | null, read: (text: string) => string): RecommendationItem {
  return {
    id: p.id,
    label: p.label ?? '',
    topic,
    text: p.text,
    start: p.start,
    end: p.end,
    addressees: addressees(read(p.text)),
    modality: modality(read(p.text)),
    references: [],
    similar: []
  }
}

/** Items are labelled 1, 2, 3… or a, b, c… without gaps: anything else is not one list. */
function consecutive(items: RecommendationItem[]): boolean {
  return consecutiveLabels(items.map((it) => it.label))
}

/** Labels 1, 2, 3… or a, b, c… without gaps: one list's items (also the body lists of body-lists.ts). */
export function consecutiveLabels(labels: string[]): boolean {
  return labels.every((label, i) => i === 0 || rank(label) === rank(labels[i - 1]) + 1)
}

function rank(label: string): number {
  if (/^[a-z]$/.test(label)) return label.charCodeAt(0) - 96
  return labelNumber(label)
}

interface Meeting {
  body: string | null
  name: string | null
  dates: string[]
}

/**
 * The meeting that adopted the list: the last ordinal meeting (`第十三次会议`)
 * before the word for adoption, the body named just before it, and the dates
 * printed just before that. Without an ordinal, the meeting's description.
 */
function adoptingMeeting(sources: string[], operative: Paragraph[], read: (text: string) => string): Meeting {
  // Match on the analysis form, cut the printed form: both have the same length once squashed.
  const pair = (raw: string) => ({printed: raw.replace(/\s+/g, ''), text: read(raw).replace(/\s+/g, '')})
  for (const {printed, text} of sources.map(pair)) {
    const adopted = text.search(/(上)?(通过|拟定|提出)/)
    if (adopted < 0) continue
    const before = text.slice(0, adopted)
    const ordinals = [...before.matchAll(ORDINAL_MEETING)]
    const last = ordinals.at(-1)
    if (last && last.index !== undefined) {
      const head = before.slice(0, last.index)
      // `工作组在…第二次会议上通过了…`: the intro says only "the working group"; its name is in the title.
      const body = lastBody(head, printed) ?? sources.map(pair).map((p) => lastBody(p.text, p.printed)).find((b) => b) ?? null
      return {body, name: printed.slice(last.index, last.index + last[0].length), dates: lastDates(head)}
    }
  }
  // No ordinal: the date-described meeting, as printed in the title, intro or endorsing paragraph.
  for (const {printed, text} of [...sources, ...operative.map((op) => op.text)].map(pair)) {
    const m = DESCRIBED_MEETING.exec(text)
    if (!m) continue
    const at = m.index ?? 0
    return {
      body: lastBody(text.slice(0, at + m[0].length), printed) ?? lastBody(text, printed),
      name: `${printed.slice(at, at + m[1].length)}${printed.slice(at + m[0].length - 2, at + m[0].length)}`,
      dates: lastDates(m[1])
    }
  }
  const fallback = sources.map(pair).map(({printed, text}) => lastBody(text, printed))
  return {body: fallback.find((b) => b) ?? null, name: null, dates: []}
}

/** The last body named in `text` (analysis form), cut from `printed` at the same place. */
function lastBody(text: string, printed: string): string | null {
  const m = [...text.matchAll(BODY)].at(-1)
  if (!m || m.index === undefined) return null
  // Drop what a date or a connective left in front of the name (`举行的`, `与`, `在`).
  const name = m[1].replace(/^.*(举行的|同时|期间|^与|^在|^于|的)/u, '')
  const end = m.index + m[0].length
  return printed.slice(end - name.length, end)
}

function lastDates(text: string): string[] {
  const spans = [...text.matchAll(DATE_SPAN)]
  const m = spans.at(-1)
  if (!m) return []
  const pad = (n: string) => n.padStart(2, '0')
  const first = `${m[1]}-${pad(m[2])}-${pad(m[3])}`
  if (!m[6]) return [first]
  const last = `${m[4] ?? m[1]}-${pad(m[5] ?? m[2])}-${pad(m[6])}`
  return [first, last]
}

/** `核可…建议，这些建议载于本决议附件一`: the operative paragraph (analysis form) that endorses the annex. */
function endorses(operative: string, annexLabel: string): boolean {
  const text = operative.replace(/\s+/g, '')
  for (const m of text.matchAll(/本(决议|决定)(附件[一二三四五六七八九十]*|附录[一二三四五六七八九十]*)/g)) {
    if (m[2] === annexLabel.replace(/\s+/g, '')) return true
  }
  return false
}
