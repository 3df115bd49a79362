/**
 * What a line of a UN text is, read from its words: labels, headings,
 * masthead fields. Every pattern reads the analysis copy (Simplified,
 * width-folded) and accepts full- and half-width punctuation.
 */
import {CHINESE_NUMERAL} from '../un/numerals.js'

/** `12. 请…` — an Arabic paragraph number (not `16.4`, not `69/197.`). */
export const NUMBERED = /^(\d{1,3})\s*[.．](?!\d)\s*/
/** `(a) …`, `- (b) …`, `（c）…` — a lettered sub-paragraph or list item. */
export const LETTERED = /^[-–—•]?\s*[(（]([a-z]{1,2}|[ivx]{1,5}|[甲乙丙丁戊己庚辛壬癸]|[子丑寅卯辰巳午未申酉戌亥])[)）]\s*/
/** `一、请…`: an operative paragraph numbered in Chinese, as older texts print them. */
export const CHINESE_NUMBERED = new RegExp(`^(${CHINESE_NUMERAL})\\s*[、.．]\\s*`)
/**
 * Older Security Council and General Assembly headings: `一一(一九四六). 一九四六年十一月十五日决议案`,
 * `八十七(一九五〇).`, `87(1950).`, `决议案五十四(一九四八)`, `决议案三十二(一)`: the number, then the
 * year (Security Council) or the session (General Assembly), then the caption.
 */
export const OLD_HEADING = new RegExp(
  `^(?:(决议案)\\s*)?(${CHINESE_NUMERAL}|\\d{1,4})\\s*[(（]\\s*(${CHINESE_NUMERAL}|\\d{4}|[IVXL]+)\\s*[)）]\\s*(?:([.．])\\s*(.*))?$`
)
/** `联合国安理会第353号决议`, `聯合國大會第45/123號決議`: a web page's title naming the resolution it shows. */
export const PAGE_TITLE = /^(?:联合国)?(安理会|安全理事会|大会|联合国大会|经济及社会理事会|经社理事会|人权理事会)\s*第\s*((?:S-|ES-)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[(（]\s*\d{4}\s*[)）])?)\s*号(决议|决定)$/
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

import {endsComplete} from '../text/sentence.js'

export {endsComplete}

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
export const CLOSING_MEETING = /^第\s*(\d+|[〇○零一二三四五六七八九十百千]+)\s*次(全体)?会议(?:(?:以[^。]{1,40}?|一致)?通过[。.]?)?\s*\|?$/

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
  if (bodyName === undefined) return false
  const compact = text.replace(/\s+/g, '')
  // The comma may be lost (`安全理事会` alone on its line in some editions).
  return (/[，,]$/.test(text) && compact.length <= bodyName.length + 6) || compact === bodyName
}
