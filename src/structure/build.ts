/**
 * Lines → document tree. One pass over the lines with a small state: the
 * report's section stack, the open instrument and its phase, the open annex.
 * Labels and headings are read from the words (patterns.ts), never from
 * Markdown heading depth or list numbering.
 */
import type {Line} from '../parse/lines.js'
import type {Diagnostic, Footnote, Meta, MetaField, Paragraph, ParagraphKind, Table, TocEntry} from '../kb/schema.js'
import {bodyAtStart, bodyIn, instrumentKey} from '../un/bodies.js'
import {chineseDigitsToNumber, labelNumber, printedNumber, toRoman} from '../un/numerals.js'
import {type Draft, type FootnoteResolver, draftFromLine, finishParagraph, joinDraft, setSourceMap} from './draft.js'
import {opensWithLeadPhrase, opensWithOperativeVerb} from './operative-lead.js'
import {
  ADOPTION_LINE,
  CHINESE_NUMBERED,
  NUMBER_ALONE,
  OLD_HEADING,
  PAGE_TITLE,
  PAGE_FURNITURE,
  ANNEX,
  CHAPTER,
  CLOSING_DATE,
  CLOSING_MEETING,
  INSTRUMENT_HEADING,
  LETTERED,
  NUMBERED,
  NUMBERED_INSTRUMENT,
  SECTION,
  TABLE_CAPTION,
  TOC_ENTRY,
  TOC_HEADING,
  endsComplete,
  isFormulaLine,
  looksLikeHeading,
  metaField
} from './patterns.js'
import {TableBuilder, isTableRow} from './tables.js'

type Phase = 'title' | 'afterTitle' | 'preamble' | 'fused' | 'operative' | 'closing' | 'annexTitle' | 'annex'

interface SectionNode {
  kind: 'annex' | 'chapter' | 'section' | 'subsection' | 'heading'
  num: string | null
  label: string | null
  title: string
  heading: Draft
  path: string
  paragraphs: Draft[]
  instruments: string[]
  children: SectionNode[]
  end: number
}

interface AnnexNode {
  kind: 'annex' | 'appendix'
  label: string
  heading: Draft
  titleDraft: Draft | null
  paragraphs: Draft[]
  tables: string[]
  chapterSeq: number
  sectionSeq: number
  end: number
}

interface InstrumentNode {
  kind: 'resolution' | 'decision'
  /** the kind came from context, not from the heading's 决议/决定: the formula may still tell */
  kindInferred: boolean
  /** the instrument's own part and section numbering (`一.`, `A.`) */
  chapterSeq: number
  sectionSeq: number
  number: string
  key: string
  heading: Draft
  titleDraft: Draft | null
  inlineTitle: string | null
  formula: Draft | null
  adoptedBy: string | null
  prefix: string | null
  preamble: Draft[]
  operative: Draft[]
  body: Draft[]
  annexes: AnnexNode[]
  section: SectionNode | null
  phase: Phase
  end: number
}

export interface StructureResult {
  issuer: string
  kind: 'report' | 'resolution' | 'decision' | 'resolutions' | 'text'
  meta: Meta
  toc: TocEntry[]
  sections: SectionOut[]
  paragraphs: Paragraph[]
  instruments: InstrumentOut[]
  footnotes: Footnote[]
  tables: Table[]
  diagnostics: Diagnostic[]
}

export interface SectionOut {
  id: string
  kind: SectionNode['kind']
  num: string | null
  label: string | null
  title: string
  start: number
  end: number
  heading: Paragraph
  paragraphs: Paragraph[]
  instruments: string[]
  children: SectionOut[]
}

export interface AnnexOut {
  id: string
  kind: 'annex' | 'appendix'
  label: string
  title: string | null
  start: number
  end: number
  heading: Paragraph
  titleParagraph: Paragraph | null
  paragraphs: Paragraph[]
  tables: string[]
}

export interface InstrumentOut {
  id: string
  key: string
  kind: 'resolution' | 'decision'
  number: string
  title: string | null
  adoptedBy: string | null
  heading: Paragraph
  titleParagraph: Paragraph | null
  formula: Paragraph | null
  preamble: Paragraph[]
  operative: Paragraph[]
  body: Paragraph[]
  annexes: AnnexOut[]
  section: string | null
  start: number
  end: number
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

export function buildStructure(lines: Line[], docId: string): StructureResult {
  return new Builder(docId).run(lines)
}

class Builder {
  readonly docId: string
  readonly meta: Meta = {
    body: null,
    distribution: null,
    date: null,
    languages: [],
    session: null,
    agendaItem: null,
    adoptionBasis: null,
    title: null,
    notes: [],
    closing: [],
    furniture: [],
    other: []
  }
  readonly toc: TocEntry[] = []
  readonly diagnostics: Diagnostic[] = []
  readonly sections: SectionNode[] = []
  readonly topParagraphs: Draft[] = []
  readonly instruments: InstrumentNode[] = []
  readonly footnoteLines: {n: string; draft: Draft}[] = []
  readonly tables = new TableBuilder()
  /** the report's section stack: chapter, section, subsection or heading */
  stack: SectionNode[] = []
  instrument: InstrumentNode | null = null
  annex: AnnexNode | null = null
  /** where a page-cut continuation line goes */
  last: Draft | null = null
  /** the numbered paragraph that lettered lines belong to */
  parent: Draft | null = null
  reportChapter = 0
  reportSection = 0
  reportParagraph = 0
  inToc = false
  seenStructure = false
  /** footnote numbers cited by a marker so far, and those defined */
  readonly cited = new Set<string>()
  readonly defined = new Set<string>()
  /** a web page's title naming the resolution it shows: the instrument's only printed number where no heading follows */
  pageTitle: {line: Line; number: string; kind: 'resolution' | 'decision'; prefix: string} | null = null
  /** the first year printed before any structure (a dateline, a navigation date): the year of a Council number printed without it */
  frontYear: number | null = null
  /** the footnote definition just read: a wrapped definition continues on the next line */
  footnoteOpen: Draft | null = null
  /** the front matter calls the text a draft (`决议草案`): its page title is not its number */
  draft = false

  constructor(docId: string) {
    this.docId = docId
  }

  run(lines: Line[]): StructureResult {
    for (const line of lines) this.step(line)
    this.tables.close()
    this.closeInstrument()
    return this.finish()
  }

  step(line: Line): void {
    if (line.rule) return
    const t = line.norm
    if (!this.seenStructure && !this.instrument) this.noteFront(line)
    if (line.furniture) {
      this.meta.furniture.push(field(line))
      return
    }
    const first = line.markers[0]
    const open = this.footnoteOpen
    this.footnoteOpen = null
    // A footnote's text holds no markers of its own: a line with one is text, so its marker keeps a place.
    if (open && open.runsOn && line.n === open.lastLine + 1 && line.markers.length === 0 && !this.opensFootnote(line)) {
      // A definition wrapped onto the next line (`…第 3` / `9574 号。`).
      joinDraft(open, line)
      this.footnoteOpen = open
      return
    }
    if (first && first.at === 0 && t !== '') {
      // A definition cites no other footnote: a line with more markers is text whose first marker lost its place (a flattened page).
      if (/^\d+$/.test(first.label) && line.markers.length === 1) {
        this.defineFootnote(first.label, draftFromLine(line, 'text'))
        return
      }
      if (this.tables.note(line)) return
    }
    // `*为节约起见…`: an asterisk footnote, where the text holds an asterisk marker.
    const star = /^\*\s*(?=\S)/.exec(t)
    if (star && this.cited.has('*') && !this.defined.has('*') && line.markers.length === 0) {
      this.defineFootnote('*', draftFromLine(line, 'text', star[0].length))
      return
    }
    if (line.lang === 'en') {
      this.english(line)
      return
    }
    // A definition whose superscript was lost in conversion (`3 大会第…`): only for a
    // number the text has cited and not yet defined, so a paragraph is never taken.
    const plain = /^(\d{1,3})\s+(?=\S)/.exec(t)
    if (plain && this.cited.has(plain[1]) && !this.defined.has(plain[1]) && line.markers.length === 0) {
      this.defineFootnote(plain[1], draftFromLine(line, 'text', plain[0].length))
      return
    }
    for (const m of line.markers) this.cited.add(m.label)
    if (this.tocLine(line)) return
    const inFront = !this.seenStructure && this.stack.length === 0 && !this.instrument
    // A masthead set in columns with tabs is not a table.
    if (inFront && t.includes('\t') && this.front(line)) return
    if (!inFront && line.markers.length === 0 && PAGE_FURNITURE.test(t.trim())) {
      this.meta.furniture.push(field(line))
      return
    }
    if (isTableRow(line)) {
      const id = this.tables.row(line, this.docId)
      if (id && this.annex && !this.annex.tables.includes(id)) this.annex.tables.push(id)
      this.last = null
      return
    }
    if (this.tables.hasRows()) this.tables.close()
    if (TABLE_CAPTION.test(t)) {
      this.tables.caption(line)
      return
    }
    if (this.tables.wantsTitle() && looksLikeHeading(t)) {
      this.tables.title(line)
      return
    }
    // A caption that no row follows is closed by the next line of text.
    this.tables.close()
    if (this.last && this.continues(line)) {
      joinDraft(this.last, line)
      this.diagnose('line-join', 'info', 'joined a paragraph cut by a page break', line)
      return
    }
    this.structural(line)
  }

  defineFootnote(n: string, draft: Draft): void {
    this.footnoteLines.push({n, draft})
    this.defined.add(n)
    this.footnoteOpen = draft
  }

  /** The line opens a footnote definition of its own. */
  opensFootnote(line: Line): boolean {
    const first = line.markers[0]
    if (first && first.at === 0) return true
    const plain = /^(\d{1,3}|\*)\s*(?=\S)/.exec(line.norm)
    return plain !== null && this.cited.has(plain[1])
  }

  /** What the front matter says of the instrument it may hold: a year, a page title, the word draft. */
  noteFront(line: Line): void {
    const t = line.norm
    if (this.frontYear === null) {
      const year = /(\d{4})\s*年/.exec(t) ?? /([〇○零一二三四五六七八九]{4})年/.exec(t)
      if (year) this.frontYear = /^\d+$/.test(year[1]) ? Number(year[1]) : chineseDigitsToNumber(year[1])
    }
    if (/决议草案|决定草案/.test(t)) this.draft = true
    const title = this.pageTitle ? null : PAGE_TITLE.exec(t.replace(/\s+/g, ''))
    if (title) {
      const body = bodyAtStart(title[1]) ?? bodyAtStart(`联合国${title[1]}`)
      if (body) this.pageTitle = {line, number: title[2], kind: title[3] === '决议' ? 'resolution' : 'decision', prefix: body.prefix}
    }
  }

  /** An English block of a bitext: kept in place as text; structure reads the Chinese. */
  english(line: Line): void {
    const inFront = !this.seenStructure && this.stack.length === 0 && !this.instrument
    if (inFront && this.front(line)) return
    // Its labels are kept (`1. In order to…`, `(a) Encourage…`): a bitext's list may be reached only in English.
    const m = NUMBERED.exec(line.norm) ?? LETTERED.exec(line.norm)
    const draft = m ? draftFromLine(line, 'item', m[0].length, m[1]) : draftFromLine(line, 'text')
    draft.lang = 'en'
    if (this.annex) this.emitAnnex(draft)
    else if (this.instrument) this.emitInstrumentBody(draft)
    else this.emitReport(draft)
    this.last = null
  }

  /** A line that only continues the previous paragraph across a page break. */
  continues(line: Line): boolean {
    const last = this.last
    if (!last || last.heading || line.heading) return false
    const t = line.norm
    if (last.kind === 'title' && this.annex?.titleDraft === last) {
      // An annex title wrapped onto the next line.
      if (!last.runsOn || endsComplete(last.norm)) return false
    } else if (last.kind === 'title') {
      // An instrument title wrapped onto a second short line, before the adopting body.
      const inst = this.instrument
      if (!inst || inst.formula || inst.titleDraft !== last || !looksLikeHeading(t) || bodyAtStart(t)) return false
      if (/[。；：.;:]$/.test(last.norm)) return false
    } else if (last.kind === 'formula') {
      if (!last.runsOn) return false
    } else if (!['preamble', 'operative', 'subparagraph', 'report', 'annex', 'item', 'text'].includes(last.kind)) {
      return false
    } else if (endsComplete(last.norm)) {
      // Hard-wrapped text: the very next line after a comma, not opening a paragraph of its own.
      // A line that fills the wrap width runs on whatever the next one opens with.
      const wrapped = last.runsOn && /[，,、]$/.test(last.norm)
      if (!wrapped || (opensWithLeadPhrase(t) && !last.fullWidth)) return false
    }
    if (NUMBERED.test(t) || LETTERED.test(t) || ANNEX.test(t) || INSTRUMENT_HEADING.test(t)) return false
    if (CLOSING_DATE.test(t) || CLOSING_MEETING.test(t)) return false
    const chapter = CHAPTER.exec(t) ?? SECTION.exec(t)
    if (chapter && looksLikeHeading(chapter[2])) return false
    const body = bodyAtStart(t)
    if (body && isFormulaLine(t, body.name)) return false
    return true
  }

  tocLine(line: Line): boolean {
    const t = line.norm
    if (TOC_HEADING.test(t.replace(/\s+/g, '')) && !this.seenStructure) {
      this.inToc = true
      this.toc.push({text: line.text, num: null, title: line.text, page: null, start: line.start, end: line.end})
      return true
    }
    const entry = TOC_ENTRY.exec(t) ?? (this.inToc ? /\t+\s*(\d{1,4})\s*$/.exec(t) : null)
    if (entry) {
      const body = t.slice(0, entry.index)
      const num = /^(\S+?[.．])\s*/.exec(body)
      this.toc.push({
        text: line.text,
        num: num ? num[1] : null,
        title: line.text.slice(num ? num[0].length : 0, entry.index).trim(),
        page: entry[1],
        start: line.start,
        end: line.end
      })
      return true
    }
    if (this.inToc && metaField(t) === 'notes') {
      this.meta.notes.push(field(line))
      return true
    }
    this.inToc = false
    return false
  }

  structural(line: Line): void {
    const t = line.norm
    let m: RegExpExecArray | null
    if ((m = INSTRUMENT_HEADING.exec(t))) {
      this.openInstrument(line, m[1], m[2] === '决议' ? 'resolution' : 'decision', 0)
      return
    }
    if ((m = OLD_HEADING.exec(t)) && (m[1] || m[4]) && this.oldHeading(line, m)) return
    if ((m = NUMBERED_INSTRUMENT.exec(t)) && looksLikeHeading(m[2])) {
      this.openInstrument(line, m[1], this.contextKind(), m[0].length - m[2].length, true)
      return
    }
    if ((m = NUMBER_ALONE.exec(t))) {
      this.openInstrument(line, m[1], this.contextKind(), 0, true)
      return
    }
    if ((m = ANNEX.exec(t)) && this.instrument) {
      this.openAnnex(line, m[1] === '附录' ? 'appendix' : 'annex')
      return
    }
    // After its closing lines only an annex continues an instrument.
    if (this.instrument?.phase === 'closing' && !this.annex && !(CLOSING_DATE.test(t) || CLOSING_MEETING.test(t))) this.closeInstrument()
    if (m && this.seenStructure) {
      // An annex of the report itself: a top-level part with its own numbering.
      this.reportChapter = 0
      this.reportSection = 0
      this.reportParagraph = 0
      this.openSection(line, 'annex', null, 0, 0)
      return
    }
    if ((m = CHINESE_NUMBERED.exec(t)) && this.chineseOperative(line, m)) return
    if ((m = CHAPTER.exec(t)) && looksLikeHeading(m[2])) {
      if (this.chapter(line, labelNumber(m[1]), m[0].length - m[2].length)) return
    }
    if ((m = SECTION.exec(t)) && looksLikeHeading(m[2])) {
      if (this.section(line, LETTERS.indexOf(m[1]) + 1, m[0].length - m[2].length)) return
    }
    if (!this.instrument && this.pageTitle && !this.draft && !this.seenStructure) this.openFromPageTitle(t)
    const inst = this.instrument
    if (inst && !inst.formula && (inst.phase === 'title' || inst.phase === 'afterTitle')) {
      // `在 2016 年 7 月 26 日第 41 次全体会议上，经济及社会理事会：` — a decision's formula; `因此，安全理事会，`.
      const meeting = /^(?:在[^，,。]{0,60}?会议上\s*[，,]\s*|因此\s*[，,]\s*)/.exec(t)
      const rest = meeting ? t.slice(meeting[0].length) : t
      const body = bodyAtStart(rest) ?? unknownBody(rest)
      if (body && !(inst.phase === 'title' && looksLikeHeading(t) && !isFormulaLine(rest, body.name))) {
        const at = meeting ? meeting[0].length : 0
        inst.formula = draftFromLine(line, 'formula')
        inst.prefix = body.prefix
        const fused = !isFormulaLine(rest, body.name)
        inst.adoptedBy = line.text.slice(at, at + body.name.length)
        if (inst.kindInferred && ((meeting && meeting[0].startsWith('在')) || /^\s*决定/.test(rest.slice(body.name.length)))) inst.kind = 'decision'
        inst.phase = fused ? 'fused' : 'preamble'
        this.touch(line)
        // A long formula (`在…会议上，缔约方会议决定：`) may be wrapped onto the next line.
        this.last = inst.formula.runsOn && !endsComplete(inst.formula.norm) ? inst.formula : null
        return
      }
    }
    if ((m = NUMBERED.exec(t))) {
      this.numbered(line, m[1], m[0].length)
      return
    }
    if ((m = LETTERED.exec(t))) {
      this.lettered(line, m[1], m[0].length)
      return
    }
    if ((CLOSING_DATE.test(t) || CLOSING_MEETING.test(t)) && inst && !this.annex && inst.operative.length > 0) {
      // The meeting, vote and date lines close the instrument (a vote line may carry a footnote marker).
      this.emitInstrumentBody(draftFromLine(line, 'closing'))
      inst.phase = 'closing'
      this.last = null
      return
    }
    this.plain(line)
  }

  /** `一一(一九四六). 一九四六年十一月十五日决议案`, `决议案三十二(一)`: a year makes it the Council's, a session the Assembly's. */
  oldHeading(line: Line, m: RegExpExecArray): boolean {
    const n = printedNumber(m[2])
    const inner = m[3].replace(/\s+/g, '')
    if (!Number.isInteger(n) || n <= 0) return false
    const year = printedNumber(inner)
    const council = /^(\d{4}|[〇○零一二三四五六七八九]{4})$/.test(inner) && year >= 1945
    const session = /^[IVXL]+$/.test(inner) ? inner : Number.isInteger(year) && year > 0 && year < 100 ? toRoman(year) : null
    if (!council && !session) return false
    const caption = (m[5] ?? '').trim()
    this.openInstrument(line, `${n}(${council ? year : session})`, 'resolution', caption ? line.norm.length - (m[5] ?? '').length : 0, false, council ? 'S' : 'A')
    if (!caption) (this.instrument as InstrumentNode).phase = 'afterTitle'
    return true
  }

  /**
   * A web edition shows the resolution under a page title (`联合国安理会第353号决议`) and prints no
   * heading of its own: the adopting-body line opens the instrument that title names.
   */
  openFromPageTitle(t: string): void {
    const page = this.pageTitle as NonNullable<Builder['pageTitle']>
    const meeting = /^因此\s*[，,]\s*/.exec(t)
    const rest = meeting ? t.slice(meeting[0].length) : t
    const body = bodyAtStart(rest)
    if (!body || !isFormulaLine(rest, body.name)) return
    let number = page.number.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')
    // A Council number printed without its year takes the year the page gives.
    if (page.prefix === 'S' && /^\d+$/.test(number) && this.frontYear !== null) number = `${number}(${this.frontYear})`
    this.takeFront(page.line)
    this.openInstrument(page.line, number, page.kind, 0, false, page.prefix)
    ;(this.instrument as InstrumentNode).phase = 'afterTitle'
  }

  /** Take a front-matter line back from where the masthead reading put it (it becomes a heading). */
  takeFront(line: Line): void {
    const at = line.map[0]
    if (this.meta.title?.start === at) this.meta.title = null
    for (const list of [this.meta.other, this.meta.notes]) {
      const i = list.findIndex((f) => f.start === at)
      if (i >= 0) list.splice(i, 1)
    }
    const i = this.topParagraphs.findIndex((d) => d.pieces[0][0] === at)
    if (i >= 0) this.topParagraphs.splice(i, 1)
  }

  /** `一、请…`: an operative paragraph numbered in Chinese, label as printed. */
  chineseOperative(line: Line, m: RegExpExecArray): boolean {
    const inst = this.instrument
    if (!inst || this.annex || !['preamble', 'fused', 'operative'].includes(inst.phase)) return false
    if (!opensWithOperativeVerb(line.norm.slice(m[0].length))) return false
    this.openOperative(draftFromLine(line, 'operative', m[0].length, line.text.slice(0, m[1].length)), line)
    return true
  }

  /** The next operative paragraph of the open instrument: what continuation lines and sub-paragraphs attach to. */
  openOperative(draft: Draft, line: Line): void {
    const inst = this.instrument as InstrumentNode
    inst.operative.push(draft)
    inst.phase = 'operative'
    this.touch(line)
    this.last = draft
    this.parent = draft
  }

  /** A GA-style number says nothing of the kind: a section of decisions does. */
  contextKind(): 'resolution' | 'decision' {
    return this.stack.some((s) => s.title.includes('决定')) ? 'decision' : 'resolution'
  }

  openInstrument(line: Line, rawNumber: string, kind: 'resolution' | 'decision', titleAt: number, kindInferred = false, prefix: string | null = null): void {
    this.closeInstrument()
    this.seenStructure = true
    const number = rawNumber.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')
    const heading = draftFromLine(line, 'heading')
    const section = this.stack.at(-1) ?? null
    this.instrument = {
      kind,
      kindInferred,
      chapterSeq: 0,
      sectionSeq: 0,
      number,
      key: '',
      heading,
      titleDraft: null,
      inlineTitle: titleAt > 0 ? line.text.slice(titleAt).trim() : null,
      formula: null,
      adoptedBy: null,
      prefix,
      preamble: [],
      operative: [],
      body: [],
      annexes: [],
      section,
      phase: titleAt > 0 ? 'afterTitle' : 'title',
      end: line.end
    }
    this.last = null
    this.parent = null
  }

  closeInstrument(): void {
    const inst = this.instrument
    if (!inst) return
    this.instruments.push(inst)
    this.instrument = null
    this.annex = null
    this.last = null
    this.parent = null
  }

  openAnnex(line: Line, kind: 'annex' | 'appendix'): void {
    const inst = this.instrument as InstrumentNode
    this.annex = {
      kind,
      label: line.text.trim(),
      heading: draftFromLine(line, 'heading'),
      titleDraft: null,
      paragraphs: [],
      tables: [],
      chapterSeq: 0,
      sectionSeq: 0,
      end: line.end
    }
    inst.annexes.push(this.annex)
    inst.phase = 'annexTitle'
    this.touch(line)
    this.last = null
    this.parent = null
  }

  /** A `一.` heading: the annex's own chapter, or the report's next one. */
  chapter(line: Line, n: number, titleAt: number): boolean {
    const annex = this.annex
    if (annex && (n === annex.chapterSeq + 1 || (n === 1 && annex.chapterSeq === 0))) {
      annex.chapterSeq = n
      annex.sectionSeq = 0
      this.emitAnnex(draftFromLine(line, 'heading', titleAt, String(n)))
      return true
    }
    const inst = this.instrument
    if (inst && !annex && ((this.reportChapter === 0 && this.sections.length === 0) || n === inst.chapterSeq + 1) && (n === 1 || inst.chapterSeq > 0)) {
      // The instrument's own parts (`一.`, `二.`), numbered apart from the report's chapters.
      inst.chapterSeq = n
      inst.sectionSeq = 0
      this.emitInstrumentBody(draftFromLine(line, 'heading', titleAt, String(n)))
      return true
    }
    this.closeInstrument()
    this.reportChapter = n
    this.reportSection = 0
    this.openSection(line, 'chapter', String(n), titleAt, this.stack[0]?.kind === 'annex' ? 1 : 0)
    return true
  }

  /** An `A.` heading: the annex's own section, or the report's. */
  section(line: Line, n: number, titleAt: number): boolean {
    const annex = this.annex
    if (annex && (n === annex.sectionSeq + 1 || n === 1)) {
      annex.sectionSeq = n
      this.emitAnnex(draftFromLine(line, 'heading', titleAt, LETTERS[n - 1]))
      return true
    }
    const inst = this.instrument
    if (inst && !annex && (this.sections.length === 0 || n === inst.sectionSeq + 1) && (n === 1 || inst.sectionSeq > 0)) {
      inst.sectionSeq = n
      this.emitInstrumentBody(draftFromLine(line, 'heading', titleAt, LETTERS[n - 1]))
      return true
    }
    this.closeInstrument()
    this.reportSection = n
    const depth = this.stack.findIndex((s) => s.kind === 'chapter') + 1
    this.openSection(line, 'section', LETTERS[n - 1], titleAt, depth)
    return true
  }

  openSection(line: Line, kind: SectionNode['kind'], label: string | null, titleAt: number, depth: number): void {
    this.seenStructure = true
    this.tables.close()
    const heading = draftFromLine(line, 'heading', titleAt, label)
    const parent = depth > 0 ? this.stack[depth - 1] : undefined
    const siblings = parent ? parent.children : this.sections
    const slug =
      kind === 'annex'
        ? `annex_${siblings.filter((s) => s.kind === 'annex').length + 1}`
        : kind === 'chapter'
          ? `chp_${label}`
          : kind === 'section'
            ? `sec_${label}`
            : kind === 'subsection'
              ? `subsec_${label}`
              : `hdg_${siblings.length + 1}`
    const node: SectionNode = {
      kind,
      num: titleAt > 0 ? line.text.slice(0, titleAt).trim() : null,
      label,
      title: line.text.slice(titleAt).trim(),
      heading,
      path: parent ? `${parent.path}__${slug}` : slug,
      paragraphs: [],
      instruments: [],
      children: [],
      end: line.end
    }
    siblings.push(node)
    this.stack = [...this.stack.slice(0, depth), node]
    this.last = null
    this.parent = null
  }

  numbered(line: Line, label: string, prefix: number): void {
    const n = Number(label)
    const rest = line.norm.slice(prefix)
    const inst = this.instrument
    if (this.annex) {
      const draft = draftFromLine(line, 'annex', prefix, label)
      this.emitAnnex(draft)
      this.parent = draft
      return
    }
    if (inst) {
      const lastOp = inst.operative.at(-1)
      const continuesOps = inst.phase === 'operative' && lastOp !== undefined && Number(lastOp.label) + 1 === n
      // After an adopting-body line of its own, paragraph 1 opens the operative part whatever its verb;
      // elsewhere (a formula fused with its verb, as before an agenda) it must open with one.
      const opensOps = inst.phase !== 'operative' && inst.operative.length === 0 && n === 1 && (inst.phase === 'preamble' || opensWithOperativeVerb(rest))
      if (continuesOps || opensOps) {
        this.openOperative(draftFromLine(line, 'operative', prefix, label), line)
        return
      }
      const draft = draftFromLine(line, 'item', prefix, label)
      this.emitInstrumentBody(draft)
      this.parent = draft
      return
    }
    const heading = (line.heading || n !== this.reportParagraph + 1) && looksLikeHeading(rest)
    if (heading) {
      const depth = this.stack.filter((s) => s.kind === 'annex' || s.kind === 'chapter' || s.kind === 'section').length
      this.openSection(line, 'subsection', label, prefix, depth)
      return
    }
    this.reportParagraph = n
    const draft = draftFromLine(line, 'report', prefix, label)
    this.emitReport(draft)
    this.parent = draft
  }

  lettered(line: Line, label: string, prefix: number): void {
    const inst = this.instrument
    const draft = draftFromLine(line, 'subparagraph', prefix, label)
    if (inst && !this.annex && inst.operative.length === 0 && inst.phase === 'fused' && inst.formula && /[：:]$/.test(inst.formula.norm)) {
      // A decision whose formula ends in a colon: its lettered paragraphs are operative.
      draft.kind = 'operative'
      inst.operative.push(draft)
      inst.phase = 'operative'
      this.touch(line)
      this.last = draft
      return
    }
    if (inst && !this.annex && inst.phase === 'operative' && inst.operative.at(-1)?.kind === 'operative' && isLetter(inst.operative.at(-1)?.label)) {
      draft.kind = 'operative'
      inst.operative.push(draft)
      this.touch(line)
      this.last = draft
      return
    }
    if (this.parent) {
      // `(i)`, `(ii)` under a lettered sub-paragraph: roman numerals nest one level down.
      const previous = this.parent.children.at(-1)
      const target = previous && isRomanChild(label, previous.label) ? previous : this.parent
      target.children.push(draft)
      this.touch(line)
      this.last = draft
      return
    }
    draft.kind = 'item'
    const siblings = this.annex ? this.annex.paragraphs : inst ? inst.body : (this.stack.at(-1)?.paragraphs ?? this.topParagraphs)
    const previous = siblings.at(-1)
    if (previous && previous.kind === 'item' && isRomanChild(label, previous.label)) {
      // `(i)`, `(ii)` under a lettered list item that no numbered paragraph holds.
      previous.children.push(draft)
      this.touch(line)
      this.last = draft
      return
    }
    if (this.annex) this.emitAnnex(draft)
    else if (inst) this.emitInstrumentBody(draft)
    else this.emitReport(draft)
  }

  plain(line: Line): void {
    const t = line.norm
    const inst = this.instrument
    const headingLike = line.heading || looksLikeHeading(t)
    if (inst) {
      if (this.annex && inst.phase === 'annexTitle') {
        this.annex.titleDraft = draftFromLine(line, 'title')
        inst.phase = 'annex'
        this.touch(line)
        this.last = this.annex.titleDraft
        return
      }
      if (this.annex) {
        this.emitAnnex(draftFromLine(line, headingLike ? 'heading' : 'text'))
        this.parent = null
        return
      }
      if ((inst.phase === 'title' || inst.phase === 'afterTitle') && ADOPTION_LINE.test(t)) {
        this.emitInstrumentBody(draftFromLine(line, 'meta'))
        this.last = null
        return
      }
      if (inst.phase === 'title') {
        inst.titleDraft = draftFromLine(line, 'title')
        inst.phase = 'afterTitle'
        this.touch(line)
        this.last = inst.titleDraft
        return
      }
      if ((inst.phase === 'preamble' || inst.phase === 'operative') && this.unnumberedOperative(line)) return
      // Without an adopting-body line there is no preamble: a decision's text is its body.
      if (inst.phase === 'preamble') {
        const draft = draftFromLine(line, 'preamble')
        inst.preamble.push(draft)
        inst.phase = 'preamble'
        this.touch(line)
        this.last = draft
        return
      }
      this.emitInstrumentBody(draftFromLine(line, headingLike ? 'heading' : 'text'))
      this.parent = null
      return
    }
    if (!this.seenStructure && this.stack.length === 0) {
      if (this.front(line)) return
    }
    const top = this.stack.at(-1)
    if (top && top.kind === 'annex' && top.paragraphs.length === 0 && top.children.length === 0 && headingLike && top.title === top.heading.text) {
      // The line under a report's `附件` is the annex's title.
      top.title = line.text.trim()
      this.emitReport(draftFromLine(line, 'title'))
      this.last = null
      return
    }
    if (line.heading && looksLikeHeading(t) && this.stack.length > 0) {
      const depth = this.stack.filter((s) => s.kind === 'annex' || s.kind === 'chapter' || s.kind === 'section').length
      this.openSection(line, 'heading', null, 0, depth)
      return
    }
    this.emitReport(draftFromLine(line, headingLike ? 'heading' : 'text'))
    this.parent = null
  }

  /**
   * Older texts state the operative part unnumbered: a paragraph that opens with an action
   * (`建议大会…`, `兹决定…`) and does not end in the preamble's comma. The unnumbered lines
   * after one that ends in a colon are what it introduces: its sub-paragraphs.
   */
  unnumberedOperative(line: Line): boolean {
    const inst = this.instrument as InstrumentNode
    const t = line.norm
    const lastOp = inst.operative.at(-1)
    if (inst.phase === 'operative' && lastOp?.label !== null) return false
    // A paragraph cut by a page break ends in neither: it is not taken for one.
    const opens = opensWithOperativeVerb(t.replace(/^兹\s*/, '')) && endsComplete(t) && !/[，,]$/.test(t)
    if (opens) {
      this.openOperative(draftFromLine(line, 'operative'), line)
      return true
    }
    if (lastOp && (/[:：]$/.test(lastOp.norm) || lastOp.children.length > 0)) {
      const child = draftFromLine(line, 'subparagraph')
      lastOp.children.push(child)
      this.touch(line)
      this.last = child
      return true
    }
    return false
  }

  /** Masthead lines before the first heading: body, symbol, date, session… */
  front(line: Line): boolean {
    // A masthead field holds no footnote marker: a line that cites a footnote is text (the marker keeps its place).
    if (line.markers.length > 0) return false
    // A masthead set in columns (`联合国      S/RES/2482 (2019)`): each column is a field.
    const columns = [...line.norm.matchAll(/[^\s]+(?:[ \u3000]{1,2}[^\s]+)*/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const)
    if (columns.length > 1 && columns.every(([a, b]) => this.mastheadField(line.norm.slice(a, b)) !== undefined)) {
      for (const [a, b] of columns) this.addMeta(this.mastheadField(line.norm.slice(a, b)) as MastheadField, fieldSlice(line, a, b))
      return true
    }
    const kind = this.mastheadField(line.norm)
    if (kind === undefined) return false
    this.addMeta(kind, field(line))
    return true
  }

  /** Which masthead field a text is, or undefined when it is not one. */
  mastheadField(t: string): MastheadField | undefined {
    const kind = metaField(t)
    if (kind === 'languages' || kind === 'notes') return kind
    if (kind && this.meta[kind] === null) return kind
    if (!this.meta.title && t.length <= 40 && bodyIn(t) && !endsComplete(t) && !/报告|决议|决定/.test(t)) return 'body'
    if (!this.meta.title && looksLikeHeading(t) && /报告|决议|决定/.test(t)) return 'title'
    if (SYMBOL_LINE.test(t.replace(/\s+/g, '')) || /^(联合国|United Nations|Nations Unies)$/.test(t.trim())) return 'other'
    return undefined
  }

  addMeta(kind: MastheadField, f: {text: string; start: number; end: number}): void {
    if (kind === 'languages' || kind === 'notes' || kind === 'other') {
      this.meta[kind].push(f)
      return
    }
    // Of several body lines (`经济及社会理事会` over `预防犯罪和刑事司法委员会` on an
    // Official Records cover), the one nearest the title is the body whose text this is.
    if (kind === 'body' && this.meta.body) this.meta.other.push(this.meta.body)
    this.meta[kind] = f
  }

  emitAnnex(draft: Draft): void {
    const annex = this.annex as AnnexNode
    annex.paragraphs.push(draft)
    annex.end = draft.pieces[0][1]
    this.last = draft
  }

  emitInstrumentBody(draft: Draft): void {
    const inst = this.instrument as InstrumentNode
    inst.body.push(draft)
    inst.end = draft.pieces[0][1]
    this.last = draft
  }

  emitReport(draft: Draft): void {
    const section = this.stack.at(-1)
    if (section) {
      section.paragraphs.push(draft)
      for (const s of this.stack) s.end = draft.pieces[0][1]
    } else {
      this.topParagraphs.push(draft)
    }
    this.last = draft
  }

  touch(line: Line): void {
    if (this.instrument) this.instrument.end = line.end
    if (this.annex) this.annex.end = line.end
  }

  diagnose(rule: string, severity: Diagnostic['severity'], message: string, line: Line | null): void {
    this.diagnostics.push({ruleId: `reskb:${rule}`, severity, message, start: line ? line.start : null, end: line ? line.end : null})
  }

  /**
   * A stored text may stop before its end (a scrape cut in the preamble or inside a paragraph):
   * the last instrument is then recorded as the paragraphs it has, not as an instrument.
   */
  demoteCut(): void {
    const inst = this.instruments.at(-1)
    if (!inst || !isCut(inst)) return
    this.instruments.pop()
    const drafts = [inst.heading, inst.titleDraft, inst.formula, ...inst.preamble, ...inst.operative, ...inst.body].filter((d): d is Draft => d !== null)
    const into = inst.section?.paragraphs ?? this.topParagraphs
    into.push(...drafts)
    into.sort((a, b) => a.pieces[0][0] - b.pieces[0][0])
    this.diagnostics.push({
      ruleId: 'reskb:instrument-cut',
      severity: 'info',
      message: `the text of ${inst.number} stops before its end: kept as paragraphs, not as an instrument`,
      start: inst.heading.pieces[0][0],
      end: inst.end
    })
  }

  finish(): StructureResult {
    this.demoteCut()
    const footnotes = this.footnotes()
    const footnoteIds = footnoteResolver(footnotes, this.instruments.map((i) => i.heading.pieces[0][0]))
    const ids = new IdMaker()
    const para = (draft: Draft, base: string, fallback: number): Paragraph =>
      finishParagraph(draft, ids.make(`${base}${draft.label !== null ? draft.label : fallback}`), footnoteIds)
    const paras = (drafts: Draft[], base: string): Paragraph[] => drafts.map((d, i) => para(d, base, i + 1))

    const issuer = this.issuer()
    const instruments: InstrumentOut[] = this.instruments.map((inst) => {
      const prefix = inst.prefix ?? issuer
      const key = instrumentKey(prefix, inst.kind, inst.number)
      inst.key = key
      const id = ids.make(`${this.docId}/${key.replace(/\//g, '-')}`)
      inst.section?.instruments.push(key)
      const annexCounts = new Map<string, number>()
      return {
        id,
        key,
        kind: inst.kind,
        number: inst.number,
        title: inst.inlineTitle ?? inst.titleDraft?.text.trim() ?? null,
        adoptedBy: inst.adoptedBy,
        heading: finishParagraph(inst.heading, ids.make(`${id}/heading`), footnoteIds),
        titleParagraph: inst.titleDraft ? finishParagraph(inst.titleDraft, ids.make(`${id}/title`), footnoteIds) : null,
        formula: inst.formula ? finishParagraph(inst.formula, ids.make(`${id}/formula`), footnoteIds) : null,
        preamble: paras(inst.preamble, `${id}/pp_`),
        operative: inst.operative.map((d, i) => para(d, `${id}/op_`, i + 1)),
        body: paras(inst.body, `${id}/body_`),
        annexes: inst.annexes.map((annex) => {
          const count = (annexCounts.get(annex.kind) ?? 0) + 1
          annexCounts.set(annex.kind, count)
          const annexId = ids.make(`${id}/${annex.kind}_${count}`)
          return {
            id: annexId,
            kind: annex.kind,
            label: annex.label,
            title: annex.titleDraft ? annex.titleDraft.text.trim() : null,
            start: annex.heading.pieces[0][0],
            end: annex.end,
            heading: finishParagraph(annex.heading, ids.make(`${annexId}/heading`), footnoteIds),
            titleParagraph: annex.titleDraft ? finishParagraph(annex.titleDraft, ids.make(`${annexId}/title`), footnoteIds) : null,
            paragraphs: paras(annex.paragraphs, `${annexId}/para_`),
            tables: annex.tables
          }
        }),
        section: inst.section ? `${this.docId}/${inst.section.path}` : null,
        start: inst.heading.pieces[0][0],
        end: inst.end
      }
    })
    const section = (node: SectionNode): SectionOut => {
      const id = ids.make(`${this.docId}/${node.path}`)
      return {
        id,
        kind: node.kind,
        num: node.num,
        label: node.label,
        title: node.title,
        start: node.heading.pieces[0][0],
        end: node.end,
        heading: finishParagraph(node.heading, ids.make(`${id}/heading`), footnoteIds),
        paragraphs: paras(node.paragraphs, `${id}/para_`),
        instruments: node.instruments,
        children: node.children.map(section)
      }
    }
    const sections = this.sections.map(section)
    const paragraphs = paras(this.topParagraphs, `${this.docId}/para_`)
    this.linkFootnotes(footnotes, instruments, sections, paragraphs)
    const tables = this.tables.finish(footnoteIds)
    if (instruments.length === 0 && sections.length === 0) {
      this.diagnose('no-structure', 'info', 'no UN structure found (no instrument, chapter or section): the text is kept as plain paragraphs', null)
    }
    return {issuer, kind: this.kind(instruments), meta: this.meta, toc: this.toc, sections, paragraphs, instruments, footnotes, tables, diagnostics: this.diagnostics}
  }

  footnotes(): Footnote[] {
    const seen = new Map<string, number>()
    return this.footnoteLines.map(({n, draft}) => {
      const count = (seen.get(n) ?? 0) + 1
      seen.set(n, count)
      const lead = draft.text.length - draft.text.trimStart().length
      const text = draft.text.trim()
      const footnote: Footnote = {
        id: `${this.docId}/fn_${n === '*' ? 'star' : n}${count > 1 ? `_${count}` : ''}`,
        n,
        marker: draft.num ?? draft.markers[0]?.printed ?? String(n),
        text,
        start: draft.pieces[0][0],
        end: draft.pieces[0][1],
        markers: []
      }
      setSourceMap(footnote, draft.map.slice(lead, lead + text.length))
      return footnote
    })
  }

  linkFootnotes(footnotes: Footnote[], instruments: InstrumentOut[], sections: SectionOut[], top: Paragraph[]): void {
    const byId = new Map(footnotes.map((f) => [f.id, f]))
    for (const p of allParagraphs(instruments, sections, top)) {
      for (const m of p.markers) {
        if (m.footnote) byId.get(m.footnote)?.markers.push(p.id)
        else if (/^\d+$/.test(m.n)) this.diagnostics.push({ruleId: 'reskb:footnote-undefined', severity: 'warning', message: `marker ${m.n} cites no footnote definition`, start: m.start, end: m.end})
      }
    }
  }

  issuer(): string {
    const masthead = this.meta.body ? bodyIn(this.meta.body.text) : undefined
    if (masthead) return masthead
    for (const inst of this.instruments) if (inst.prefix) return inst.prefix
    return '?'
  }

  kind(instruments: InstrumentOut[]): StructureResult['kind'] {
    if (this.toc.length > 0 || this.sections.some((s) => s.kind === 'chapter') || (this.meta.title && /报告/.test(this.meta.title.text))) return 'report'
    if (instruments.length === 1) return instruments[0].kind
    if (instruments.length > 1) return 'resolutions'
    return 'text'
  }
}

/**
 * An adopting-body line of a body outside the table (`禁止化学武器组织缔约国大会，`):
 * a short line that ends in a body's noun and a comma.
 */
function unknownBody(text: string): {prefix: string; name: string} | undefined {
  const m = /^(\S{2,40}?(?:大会|会议|理事会|委员会|组织|论坛))\s*[，,]$/u.exec(text)
  return m ? {prefix: '?', name: m[1]} : undefined
}

/** Cut: a preamble with no operative part, or a last operative paragraph that stops mid-sentence. */
function isCut(inst: InstrumentNode): boolean {
  if (inst.annexes.length > 0 || inst.body.some((d) => d.kind === 'closing')) return false
  if (inst.operative.length === 0) return inst.body.length === 0 && inst.preamble.length > 0
  let last = inst.operative[inst.operative.length - 1]
  while (last.children.length > 0) last = last.children[last.children.length - 1]
  return !endsComplete(last.norm)
}

const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/

/** `(i)` after `(h)` is the next letter; after any other letter it opens roman sub-items. */
function isRomanChild(label: string, previous: string | null): boolean {
  if (!ROMAN.test(label) || previous === null) return false
  const next = previous.length === 1 ? String.fromCharCode(previous.charCodeAt(0) + 1) : ''
  return label !== next
}

/**
 * Which definition a marker cites. Numbers are unique in most texts, but a
 * report may restart them in each instrument. The definition below the marker
 * is the one meant, unless the same number was defined above it within the
 * same instrument: then the marker repeats an earlier citation (UN practice).
 */
function footnoteResolver(footnotes: Footnote[], boundaries: number[]): FootnoteResolver {
  const byLabel = new Map<string, Footnote[]>()
  for (const f of footnotes) {
    const list = byLabel.get(String(f.n))
    if (list) list.push(f)
    else byLabel.set(String(f.n), [f])
  }
  return (label, at) => {
    const defs = byLabel.get(label)
    if (!defs) return null
    const before = defs.filter((f) => f.start < at).at(-1)
    const after = defs.find((f) => f.start > at)
    if (before && (!after || !boundaries.some((b) => b > before.start && b < at))) return before.id
    return (after ?? before)?.id ?? null
  }
}

function isLetter(label: string | null | undefined): boolean {
  return label !== null && label !== undefined && /^[a-z]+$/.test(label)
}

type MastheadField = Exclude<keyof Meta, 'closing' | 'furniture'>

/** A document symbol standing alone (`A/RES/69/197`, `S/RES/2482 (2019)`, `CTOC/COP/2018/13`). */
const SYMBOL_LINE = /^[A-Z]{1,6}(\/[A-Z0-9.\-]+)+(\(\d{4}\))?$/

/** Part of a line as a metadata field, with its exact source offsets. */
function fieldSlice(line: Line, a: number, b: number): {text: string; start: number; end: number} {
  const f = {text: line.text.slice(a, b), start: line.map[a], end: line.map[b - 1] + 1}
  setSourceMap(f, line.map.slice(a, b))
  return f
}

function field(line: Line): {text: string; start: number; end: number} {
  const f = {text: line.text, start: line.map[0] ?? line.start, end: (line.map.at(-1) ?? line.end - 1) + 1}
  setSourceMap(f, line.map)
  return f
}

class IdMaker {
  readonly used = new Set<string>()
  /** per base id, the suffix to try next: a counter, so n repeats of a label cost n steps, not n² */
  readonly next = new Map<string, number>()
  make(id: string): string {
    let i = this.next.get(id) ?? 1
    let candidate = i === 1 ? id : `${id}_${i}`
    while (this.used.has(candidate)) candidate = `${id}_${++i}`
    this.next.set(id, i + 1)
    this.used.add(candidate)
    return candidate
  }
}

/** Every paragraph of a document in reading order, sub-paragraphs included. */
export function* allParagraphs(instruments: InstrumentOut[], sections: SectionOut[], top: Paragraph[]): Generator<Paragraph> {
  function* walk(ps: Paragraph[]): Generator<Paragraph> {
    for (const p of ps) {
      yield p
      yield* walk(p.children)
    }
  }
  yield* walk(top)
  function* sectionWalk(ss: SectionOut[]): Generator<Paragraph> {
    for (const s of ss) {
      yield s.heading
      yield* walk(s.paragraphs)
      yield* sectionWalk(s.children)
    }
  }
  yield* sectionWalk(sections)
  for (const inst of instruments) {
    yield inst.heading
    if (inst.titleParagraph) yield inst.titleParagraph
    if (inst.formula) yield inst.formula
    yield* walk(inst.preamble)
    yield* walk(inst.operative)
    yield* walk(inst.body)
    for (const a of inst.annexes) {
      yield a.heading
      if (a.titleParagraph) yield a.titleParagraph
      yield* walk(a.paragraphs)
    }
  }
}

export type {MetaField, ParagraphKind}
