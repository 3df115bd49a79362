import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {list, oneOf, parse, positiveInteger, str} from './args.js'
import type {Command} from './commands.js'
import {CliError} from './errors.js'
import {DEFAULT_KB} from './text.js'
import {ROW_HELP, ROW_OPTIONS, writeRows} from './rows.js'
import {readFileSync} from 'node:fs'
import {SEARCH_INDEX_FILE, decodeIndexFile, indexFileGeneration} from '../query/file.js'
import {DAMAGED, notOfThisBuild, settleOutput} from '../kb/transaction.js'
import {search} from '../query/search.js'
import type {SearchIndex} from '../query/types.js'

const KINDS = ['preamble', 'operative', 'subparagraph', 'recommendation', 'annex', 'item', 'report', 'footnote', 'table', 'heading', 'title', 'text'] as const
const CSV_COLUMNS = ['instrument', 'kind', 'label', 'snippet', 'score'] as const

/**
 * The prebuilt index beside the knowledge base, or one built now from the
 * files given. Only the first is on the fast path: the rest is imported when
 * needed (the pipeline and the schema take longer to import than the index
 * takes to read).
 */
async function indexFor(kbPath: string | undefined, files: string[]): Promise<{index: SearchIndex; file?: string}> {
  const kb = kbPath ?? DEFAULT_KB
  const file = join(dirname(kb), SEARCH_INDEX_FILE)
  if (files.length === 0) settleOutput(dirname(kb))
  if (files.length === 0 && existsSync(file)) {
    const bytes = readFileSync(file)
    const foreign = notOfThisBuild(dirname(file), SEARCH_INDEX_FILE, bytes.length, indexFileGeneration(bytes))
    if (foreign) throw new CliError(`${file}: ${DAMAGED} (${foreign})`)
    try {
      return {index: decodeIndexFile(bytes), file}
    } catch (error) {
      throw new CliError(`${file}: ${DAMAGED} (${error instanceof Error ? error.message : String(error)})`)
    }
  }
  const [{knowledgeBaseFrom}, {searchDocs}, {buildSearchIndex}] = await Promise.all([import('./source.js'), import('../kb/search-docs.js'), import('../query/build.js')])
  return {index: buildSearchIndex(searchDocs(knowledgeBaseFrom(files.length > 0 ? undefined : kb, files).documents))}
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over every paragraph',
  help: `Usage: reskb search QUERY [--kb FILE | --file FILE...] [--in KEY] [--kind K]
                    [--limit N] [--format table|csv|tsv|jsonl] [--wide]

Searches every paragraph, footnote, table row and recommendation item.
Chinese is indexed as words (Intl.Segmenter) and character bigrams and ranked
with BM25, exact phrases first. A query in Traditional script finds Simplified
text and the reverse; full- and half-width forms match each other.
  --kb FILE     knowledge base (default output/kb.json; its search.idx is used)
  --file FILE   search these texts instead (repeatable)
  --in KEY      instrument key or key prefix (CTOC/COP/RES/9/1, CTOC/COP/RES/);
                repeat for any of several
  --kind K      \${KINDS.slice(0, 6).join(', ')},
                \${KINDS.slice(6).join(', ')}
  --limit N     at most N hits (default 10)
  --format F    table (default), csv, tsv, jsonl
\${ROW_HELP}
CSV columns: \${CSV_COLUMNS.join(', ')}; jsonl also has the paragraph's id, its
document's id and the highlighted ranges.`,
  async run(args) {
    const {values, positionals} = parse(args, {
      kb: {type: 'string'},
      file: {type: 'string', multiple: true},
      in: {type: 'string', multiple: true},
      kind: {type: 'string', multiple: true},
      limit: {type: 'string'},
      ...ROW_OPTIONS
    })
    const query = positionals.join(' ').trim()
    if (query === '') throw new CliError('give a QUERY')
    const limit = positiveInteger(str(values, 'limit'), 'limit') ?? 10
    // Repeated filters: any of their values (as refs and recs read them).
    const kinds = list(values, 'kind').map((k) => oneOf(k, KINDS, 'kind', 'text'))
    const files = (values.file as string[] | undefined) ?? []
    const {index, file} = await indexFor(str(values, 'kb'), files)
    const inKeys = list(values, 'in')
    let hits: ReturnType<typeof search>
    try {
      hits = search(index, query, {limit, ...(inKeys.length > 0 ? {instrument: inKeys} : {}), ...(kinds.length > 0 ? {kind: kinds} : {})})
    } catch (error) {
      // A crafted file can pass the header checks and still point outside its columns.
      if (file) throw new CliError(`${file}: ${DAMAGED} (${error instanceof Error ? error.message : String(error)})`)
      throw error
    }
    writeRows(values, hits, {
      formats: ['table', 'csv', 'tsv', 'jsonl'],
      columns: CSV_COLUMNS,
      noun: 'hits',
      table: {header: ['instrument', 'kind', 'label', 'snippet'], cells: (h) => [h.instrument ?? '', h.kind, h.label ?? '', h.snippet]}
    })
    return 0
  }
}
