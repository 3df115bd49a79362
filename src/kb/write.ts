/** Knowledge base → files in the output folder, each written atomically. */
import {join} from 'node:path'
import {writeAtomic} from './files.js'
import {knowledgeBaseJsonSchema} from './build.js'
import type {KnowledgeBase} from './schema.js'
import {recommendationRows, toCsv, toJsonl} from './recommendations-export.js'
import {buildXrefIndex, xrefHtml, xrefMarkdown} from './xref-index.js'
import {searchDocs} from './search-docs.js'
import {schemaMarkdown} from './schema-doc.js'
import {buildSearchIndex, encodeIndexFile} from '../query/index.js'

/** The search index beside kb.json: a binary file `reskb search` loads in a few milliseconds. */
export const SEARCH_INDEX_FILE = 'search.idx'

export function writeOutputs(kb: KnowledgeBase, out: string): void {
  writeAtomic(join(out, 'kb.json'), `${JSON.stringify(kb, null, 1)}\n`)
  const schema = knowledgeBaseJsonSchema()
  writeAtomic(join(out, 'kb.schema.json'), `${JSON.stringify(schema, null, 2)}\n`)
  writeAtomic(join(out, 'kb.schema.md'), schemaMarkdown(schema as Parameters<typeof schemaMarkdown>[0]))
  const rows = recommendationRows(kb.documents)
  writeAtomic(join(out, 'recommendations.csv'), toCsv(rows))
  writeAtomic(join(out, 'recommendations.jsonl'), toJsonl(rows))
  const index = buildXrefIndex(kb)
  writeAtomic(join(out, 'xref-index.md'), xrefMarkdown(index))
  writeAtomic(join(out, 'xref-index.html'), xrefHtml(index))
  writeAtomic(join(out, SEARCH_INDEX_FILE), encodeIndexFile(buildSearchIndex(searchDocs(kb.documents))))
}
