/**
 * The Akoma Ntoso export: one AKN 3.0 file per instrument of the knowledge
 * base (`<statement>`), and one per session report (`<doc name="report">`,
 * which refers to its instruments' files rather than repeating them). A
 * file is named by its Work IRI (iri.ts workId).
 */
import type {Document, KnowledgeBase} from '../../kb/schema.js'
import {indexDocument} from './context.js'
import {workId} from './iri.js'
import {reportWork, reportXml} from './report.js'
import {instrumentWork, statementXml} from './statement.js'

export {statementXml, instrumentWork} from './statement.js'
export {reportXml} from './report.js'
export {instrumentText} from './text.js'
export {workId} from './iri.js'

export const AKN_DIR = 'akn'

export interface AknFile {
  /** `<work-id>.xml` */
  name: string
  /** the instrument's key, or null for a report */
  key: string | null
  xml: string
}

/** The AKN files of one document, in its order: its instruments, then the report that holds them. */
export function aknFiles(doc: Document): AknFile[] {
  const index = indexDocument(doc)
  const files: AknFile[] = doc.instruments.map((inst) => ({name: `${workId(instrumentWork(inst, doc))}.xml`, key: inst.key, xml: statementXml(inst, doc, index)}))
  if (doc.kind === 'report') files.push({name: `${workId(reportWork(doc))}.xml`, key: null, xml: reportXml(doc, index)})
  return files
}

/**
 * Every AKN file of the knowledge base, one document at a time (so only one
 * document's XML is held). A Work met twice (the same resolution in two
 * files) is written from its first document, as links go to its first holder.
 */
export function* knowledgeBaseAkn(kb: Pick<KnowledgeBase, 'documents'>): Generator<AknFile> {
  const seen = new Set<string>()
  for (const doc of kb.documents) {
    for (const file of aknFiles(doc)) {
      if (seen.has(file.name)) continue
      seen.add(file.name)
      yield file
    }
  }
}
