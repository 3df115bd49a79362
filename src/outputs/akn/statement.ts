/**
 * A resolution or decision → `<akomaNtoso><statement name="resolution|decision">`:
 * the number and title in `<preface>`; the adopting-body line as `<formula>`
 * and each preambular paragraph as a `<container>` in `<preamble>`; the
 * operative paragraphs in `<mainBody>`; the instrument's other lines in
 * `<conclusions>` (or in `<mainBody>` when it has no operative part); its
 * annexes and appendices as `<attachments>`, each a `<doc>` of its own.
 */
import type {Annex, Document, Instrument, Paragraph} from '../../kb/schema.js'
import {containerParagraph, hierarchyParagraph, paragraphBase, plainParagraph, tableXml} from './blocks.js'
import {indexDocument, FileContext, type DocumentIndex} from './context.js'
import {workDate} from './date.js'
import {bodyId, frbrLevels, splitInstrumentKey, statementWork} from './iri.js'
import {AKN_NAMESPACE, metaXml, scriptOf, type MetaInput} from './meta.js'
import {element, empty, XmlPrinter} from './xml.js'

/** The Work IRI of an instrument, dated where the text gives its adoption date. */
export function instrumentWork(inst: Instrument, doc: Document): string {
  const date = workDate(inst, doc)
  return statementWork(inst.key, date.name === 'adoption' ? date.date : null)
}

export function statementXml(inst: Instrument, doc: Document, index: DocumentIndex = indexDocument(doc)): string {
  return writeStatement(new FileContext(index), inst, doc)
}

function writeStatement(ctx: FileContext, inst: Instrument, doc: Document): string {
  const work = instrumentWork(inst, doc)
  const base: Omit<MetaInput, 'levels' | 'name'> = {
    date: workDate(inst, doc),
    author: {id: bodyId(splitInstrumentKey(inst.key)?.body ?? '?'), name: inst.adoptedBy ?? doc.meta.body?.text ?? inst.key},
    script: scriptOf(doc)
  }
  // The body first: writing it gathers what the metadata lists.
  const body = new XmlPrinter()
  writePreface(body, ctx, inst.heading, inst.titleParagraph)
  if (inst.formula || inst.preamble.length > 0) {
    body.open('preamble')
    if (inst.formula) {
      body.open('formula', {eId: ctx.eId('preamble__formula_1', inst.formula.id), name: 'adoptingBody'}).line(element('p', {}, plainParagraph(ctx, inst.formula))).close()
    }
    inst.preamble.forEach((p, i) => containerParagraph(body, ctx, p, `preamble__para_${i + 1}`, 'preambularParagraph'))
    body.close()
  }
  const operative = inst.operative.length > 0
  body.open('mainBody')
  inst.operative.forEach((p, i) => hierarchyParagraph(body, ctx, p, paragraphBase('', p, i)))
  if (!operative) inst.body.forEach((p, i) => hierarchyParagraph(body, ctx, p, paragraphBase('', p, i)))
  if (!operative && inst.body.length === 0) body.line(empty('p'))
  body.close()
  if (operative && inst.body.length > 0) {
    body.open('conclusions')
    inst.body.forEach((p, i) => containerParagraph(body, ctx, p, `conclusions__para_${i + 1}`, p.kind))
    body.close()
  }
  if (inst.annexes.length > 0) {
    body.open('attachments')
    inst.annexes.forEach((annex, i) => writeAnnex(body, ctx, annex, `att_${i + 1}`, work, base))
    body.close()
  }

  const out = new XmlPrinter()
  out.open('akomaNtoso', {xmlns: AKN_NAMESPACE}).open('statement', {name: inst.kind})
  out.append(metaXml({...base, levels: frbrLevels(work), number: inst.number, key: inst.key, name: inst.kind, cited: ctx.citedList()}))
  out.append(body)
  out.close().close()
  return ctx.fill(out.toDocument())
}

/** An annex or appendix: `<attachment><doc name="annex">` with its heading and title in `<preface>`; eIds carry the attachment's. */
function writeAnnex(out: XmlPrinter, ctx: FileContext, annex: Annex, eId: string, work: string, base: Omit<MetaInput, 'levels' | 'name'>): void {
  out.open('attachment', {eId: ctx.eId(eId)}).open('doc', {name: annex.kind})
  out.append(metaXml({...base, levels: frbrLevels(work, `${annex.kind}_${eId.slice('att_'.length)}`), name: annex.kind}))
  writePreface(out, ctx, annex.heading, annex.titleParagraph)
  out.open('mainBody')
  annex.paragraphs.forEach((p, i) => hierarchyParagraph(out, ctx, p, paragraphBase(`${eId}__`, p, i)))
  annex.tables.forEach((id, i) => {
    const table = ctx.index.tables.get(id)
    if (table) tableXml(out, ctx, table, `${eId}__table_${i + 1}`)
  })
  if (annex.paragraphs.length === 0 && annex.tables.length === 0) out.line(empty('p'))
  out.close()
  out.close().close()
}

/** The number line as `<docNumber>` and the title line as `<docTitle>`. */
function writePreface(out: XmlPrinter, ctx: FileContext, heading: Paragraph, title: Paragraph | null): void {
  out.open('preface')
  out.line(element('p', {class: 'docNumber'}, element('docNumber', {}, plainParagraph(ctx, heading))))
  if (title) out.line(element('p', {class: 'docTitle'}, element('docTitle', {}, plainParagraph(ctx, title))))
  out.close()
}
