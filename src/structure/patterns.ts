/**
 * What a line of a UN text is, read from its words: labels, headings,
 * masthead fields. Every pattern reads the analysis copy (Simplified,
 * width-folded) and accepts full- and half-width punctuation.
 */
import {CHINESE_NUMERAL} from '../un/numerals.js'

/** `12. 请…` — an Arabic paragraph number (not `16.4`, not `69/197.`). */
export const NUMBERED = /^(\d{1,3})\s*[.．](?!\d)\s*/
/** `(a) …`, `- (b) …`, `（c）…` — a lettered sub-paragraph or list item. */
export const LETTERED = /^[-–—•]?\s*[(（]([a-z]{1,2}|[ivx]{1,5})[)）]\s*/
/** `一. 组织事项` — a report or annex chapter. */
export const CHAPTER = new RegExp(`^(${CHINESE_NUMERAL})\\s*[.．、]\\s*(\\S.*)$`)
/** `A. 决议` — a section. */
export const SECTION = /^([A-Z])\s*[.．]\s*(\S.*)$/
/**
 * `第 9/1 号决议`, `第7/4号决定`, `第 1373 (2001) 号决议`, `人权理事会第 5/1 号决议`:
 * an instrument heading (the whole line; a body name may stand before it).
 */
export const INSTRUMENT_HEADING =
  /^(?:[\p{Script=Han}]{2,24}?(?:大会|理事会|委员会|会议))?\s*第\s*((?:S-)?\d{1,4}\s*\/\s*\d{1,4}\s*[A-Z]?|\d{1,5}\s*[(（]\s*\d{4}\s*[)）])\s*号\s*(决议|决定)$/u
/** `69/197. 加强…` — a GA-style instrument heading with its title. */
export const NUMBERED_INSTRUMENT = /^((?:S-)?\d{1,4}\/\d{1,4}\s*[A-Z]?)\s*[.．]\s*(\S.*)$/
/** `70/174.` alone on its line: the title follows on the next. */
export const NUMBER_ALONE = /^((?:S-)?\d{1,4}\/\d{1,4}\s*[A-Z]?)\s*[.．]$/
/** `附件`, `附件一`, `附件 II`, `附录` — an annex or appendix heading. */
export const ANNEX = new RegExp(`^(附件|附录)\\s*(${CHINESE_NUMERAL}|[IVX]+|\\d+)?$`)
/** A table caption: `表 1`. */
export const TABLE_CAPTION = /^表\s*(\d+|[一二三四五六七八九十]+)$/
/** A table-of-contents entry ends in dotted leaders and a page number. */
export const TOC_ENTRY = /(?:\.{3,}|…{2,}|·{3,}|_{3,})\s*(\d{1,4})\s*$/
export const TOC_HEADING = /^(目录|目次|页次)$/

const TERMINAL = /[。；：，！？.;:,!?][”’」』）)》\]]*$/

/** The paragraph's last sentence is complete: no page break cut it there. */
export function endsComplete(text: string): boolean {
  return TERMINAL.test(text.trimEnd())
}

/** Short and unpunctuated: how headings and titles look when no `#` marks them. */
export function looksLikeHeading(text: string): boolean {
  return text.length <= 60 && !endsComplete(text)
}

/**
 * Page furniture a PDF conversion leaves in the body: a running header that
 * is the document's symbol, a job number (`V.16-03456`), a page number
 * (`5/40`, `- 5 -`). Taken out like a footnote block, so a paragraph cut
 * around them still joins.
 */
export const PAGE_FURNITURE = /^(?:[A-Z]{1,6}(?:\/[A-Z0-9.\-]+)+(?:\s*\(\d{4}\))?|[A-Z]\.\d{2}-\d{4,6}(?:\s*\(C\))?(?:\s+\d{1,4}\/\d{1,4})?|\d{1,4}\/\d{1,4}|-\s*\d{1,4}\s*-)$/

/** `2019 年 7 月 19 日安全理事会第 8582 次会议通过`, `[根据第三委员会的报告(A/69/489)通过]`: how the text was adopted. */
export const ADOPTION_LINE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\S{0,30}?第\s*\d+\s*次(?:全体)?会议(?:上)?通过|\[.*通过\])$/

export const CLOSING_DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/
export const CLOSING_MEETING = /^第\s*(\d+|[一二三四五六七八九十百]+)\s*次(全体)?会议$/

export type MetaField = 'distribution' | 'date' | 'languages' | 'session' | 'agendaItem' | 'adoptionBasis' | 'notes'

const META_PATTERNS: [MetaField, RegExp][] = [
  ['distribution', /^Distr\.?\s*:?\s*\w+/i],
  ['date', /^\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$/],
  ['languages', /^(Original\s*:\s*)?(Chinese|English|French|Spanish|Russian|Arabic)$/i],
  ['session', /^第.{1,12}届(特别|紧急特别)?会议$/],
  ['agendaItem', /^(临时)?议程项目\s*\S+/],
  ['adoptionBasis', /^\[.*通过\]$/],
  ['notes', /^\*\s*\S/]
]

export function metaField(text: string): MetaField | undefined {
  for (const [field, re] of META_PATTERNS) if (re.test(text)) return field
  return undefined
}

/** Adopting-body line: the body's name and a comma, nothing else (`大会，`). */
export function isFormulaLine(text: string, bodyName: string | undefined): boolean {
  return bodyName !== undefined && /[，,]$/.test(text) && text.replace(/\s+/g, '').length <= bodyName.length + 6
}
