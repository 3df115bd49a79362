/**
 * A session report → `<akomaNtoso><doc name="report">`: the masthead title
 * in `<preface>`; text outside any section, then the chapters, sections and
 * report annexes as `<hcontainer>`s with their paragraphs. The instruments
 * a section holds are not repeated: each is a `<componentRef>` to its own
 * file's manifestation, after the section's paragraphs.
 */
import type {Document, Section} from '../../kb/schema.js'
import {hierarchyParagraph, paragraphBase, plainParagraph} from './blocks.js'
import {eIdLabel, FileContext, type DocumentIndex} from './context.js'
import {documentDate, publicationDate} from './date.js'
import {bodyId, frbrLevels, reportWork as reportWorkIri} from './iri.js'
import {AKN_NAMESPACE, metaXml, scriptOf} from './meta.js'
import {instrumentWork} from './statement.js'
import {element, empty, escapeText, XmlPrinter} from './xml.js'

/** The report's symbol as printed in its masthead (`CTOC/COP/2018/13`), else its document id. */
function reportName(doc: Document): string {
  const symbol = doc.meta.other.map((f) => f.text.replace(/\s+/g, '')).find((t) => /^[A-Z]{1,6}(\/[A-Z0-9.-]+)+$/.test(t))
  return symbol ?? doc.id
}

export function reportWork(doc: Document): string {
  return reportWorkIri(doc.issuer, publicationDate(doc), reportName(doc))
}

const SECTION_PREFIX: Record<Section['kind'], string> = {chapter: 'chp', section: 'sec', subsection: 'subsec', annex: 'annex', heading: 'hcontainer'}

export function reportXml(doc: Document, index: DocumentIndex): string {
  return writeReport(new FileContext(index), doc)
}

function writeReport(ctx: FileContext, doc: Document): string {
  const work = reportWork(doc)
  const body = new XmlPrinter()
  if (doc.meta.title) body.open('preface').line(element('p', {class: 'docTitle'}, element('docTitle', {}, escapeText(doc.meta.title.text)))).close()
  body.open('mainBody')
  doc.paragraphs.forEach((p, i) => hierarchyParagraph(body, ctx, p, paragraphBase('', p, i)))
  doc.sections.forEach((s, i) => writeSection(body, ctx, doc, s, '', i))
  if (doc.paragraphs.length === 0 && doc.sections.length === 0) body.line(empty('p'))
  body.close()

  const out = new XmlPrinter()
  out.open('akomaNtoso', {xmlns: AKN_NAMESPACE}).open('doc', {name: 'report'})
  out.append(
    metaXml({
      levels: frbrLevels(work),
      date: documentDate(doc),
      author: {id: bodyId(doc.issuer), name: doc.meta.body?.text ?? doc.issuer},
      script: scriptOf(doc),
      key: reportName(doc),
      name: 'report',
      cited: ctx.citedList()
    })
  )
  out.append(body)
  out.close().close()
  return ctx.fill(out.toDocument())
}

function writeSection(out: XmlPrinter, ctx: FileContext, doc: Document, s: Section, prefix: string, i: number): void {
  const eId = ctx.eId(`${prefix}${SECTION_PREFIX[s.kind]}_${eIdLabel(s.label) ?? i + 1}`, s.heading.id)
  out.open('hcontainer', {eId, name: s.kind})
  if (s.num !== null) out.line(element('num', {}, escapeText(s.num)))
  out.line(element('heading', {}, plainParagraph(ctx, s.heading)))
  s.paragraphs.forEach((p, j) => hierarchyParagraph(out, ctx, p, paragraphBase(`${eId}__`, p, j)))
  for (const key of s.instruments) {
    const inst = doc.instruments.find((x) => x.key === key)
    if (inst) out.line(empty('componentRef', {src: frbrLevels(instrumentWork(inst, doc)).manifestation.this, showAs: inst.key}))
  }
  s.children.forEach((child, j) => writeSection(out, ctx, doc, child, `${eId}__`, j))
  out.close()
}
