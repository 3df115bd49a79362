/**
 * The date an instrument's Work is named by: its adoption, where the text
 * gives it — a closing or adoption line of the instrument, a formula led by
 * its meeting (`在 2030 年 10 月 16 日第 8 次会议上`), or a closing line
 * (`2014 年 12 月 18 日 第 73 次全体会议`) of a document that holds only this
 * instrument. Otherwise the masthead
 * date of the document that publishes it, which names no Work (the IRI stays
 * dateless) but still dates the FRBR levels; with neither, FRBR_UNKNOWN_DATE.
 */
import {findDates} from '../../refs/dates.js'
import type {Document, Instrument} from '../../kb/schema.js'

/** The FRBRdate when the text dates nothing: a valid xsd:date no real document has. */
export const FRBR_UNKNOWN_DATE = '0001-01-01'

export interface WorkDate {
  /** ISO date */
  date: string
  /** FRBRdate@name: `adoption`, `publication` (the masthead's) or `unknown` */
  name: 'adoption' | 'publication' | 'unknown'
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** `1 November 2018` (mastheads are often in English) or a Chinese date → ISO. */
export function mastheadDate(text: string): string | null {
  const zh = findDates(text)[0]
  if (zh) return zh.iso
  const m = /(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/.exec(text)
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0
  if (!m || month === 0 || Number(m[1]) < 1 || Number(m[1]) > 31) return null
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`
}

/** The last date of the first closing line that has one: the adoption line follows the text. */
function closingDate(lines: readonly {text: string}[]): string | null {
  for (const line of lines) {
    const dates = findDates(line.text)
    if (dates.length > 0) return dates[dates.length - 1].iso
  }
  return null
}

/** An adoption line: `2031 年 1 月 30 日第 9000 次会议通过。` (a stray footnote number may follow). */
const ADOPTION_LINE = /通[过過][。.]?(\s*\d+)?$/
/** A formula led by its meeting: `在 2030 年 10 月 16 日第 8 次会议上，…：`. */
const MEETING_FORMULA = /^在.*会[议議]上/

export function adoptionDate(inst: Instrument, doc: Document): string | null {
  const own = closingDate(inst.body.filter((p) => p.kind === 'closing' || ADOPTION_LINE.test(p.text)))
  if (own) return own
  if (inst.formula && MEETING_FORMULA.test(inst.formula.text)) {
    const dated = closingDate([inst.formula])
    if (dated) return dated
  }
  if (doc.instruments.length === 1) return closingDate(doc.meta.closing ?? [])
  return null
}

/** The masthead date of the document, ISO, or null. */
export function publicationDate(doc: Document): string | null {
  return doc.meta.date ? mastheadDate(doc.meta.date.text) : null
}

/** The FRBRdate of a document's own Work (a report): its masthead date. */
export function documentDate(doc: Document): WorkDate {
  const published = publicationDate(doc)
  return published ? {date: published, name: 'publication'} : {date: FRBR_UNKNOWN_DATE, name: 'unknown'}
}

export function workDate(inst: Instrument, doc: Document): WorkDate {
  const adopted = adoptionDate(inst, doc)
  return adopted ? {date: adopted, name: 'adoption'} : documentDate(doc)
}
