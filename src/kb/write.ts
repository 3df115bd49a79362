/**
 * Knowledge base → files in the output folder, as one transaction
 * (transaction.ts): everything is written into a staging folder that is
 * switched in whole, so readers see the previous build or this one.
 */
import {createHash} from 'node:crypto'
import {createWriteStream, mkdirSync, writeFileSync} from 'node:fs'
import {once} from 'node:events'
import {dirname, join} from 'node:path'
import {killPoint} from './kill-point.js'
import {OutputError, beginOutput, type Lock, type Manifest} from './transaction.js'
import {knowledgeBaseJsonSchema} from './build.js'
import type {Document, InputErrorRecord, KnowledgeBase} from './schema.js'
import {ADDRESSEE_COLUMNS, addresseeRows, csv, recommendationRows, toCsv, toJsonl} from './recommendations-export.js'
import {buildXrefIndex, xrefHtml, xrefMarkdown} from './xref-index.js'
import {searchDocs} from './search-docs.js'
import {schemaMarkdown} from './schema-doc.js'
import {SHOW_INDEX_FILE, showIndexBytes} from './show-index.js'
import {SEARCH_INDEX_FILE, SearchIndexBuilder, buildSearchIndex, encodeIndexFile, type InternedTerms, type SearchIndex} from '../query/index.js'
import {PIPELINE_VERSION} from './version.js'
import {writeAkn} from '../outputs/akn/write.js'
import {writeSite} from '../outputs/site/site.js'
import {SQLITE_FILE, writeSqlite} from '../outputs/sqlite/write.js'
import {patchValue, type Patch, type Skeleton} from './worker.js'

export {SEARCH_INDEX_FILE}

export function writeOutputs(kb: KnowledgeBase, out: string): Manifest {
  const output = beginOutput(out)
  try {
    const text = `${JSON.stringify(kb, null, 1)}\n`
    writeFileSync(join(output.staging, 'kb.json'), text)
    writeDerived(kb, output.staging, generationOf(createHash('sha256').update(text)))
  } catch (error) {
    output.abort()
    throw writeFailure(out, error)
  }
  return output.commit()
}

/** A file system error while writing (a full disk, a folder made read-only) as one line naming the folder; the old output stands. */
function writeFailure(out: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === undefined) return error
  return new OutputError(`${out}: cannot write the new output (${code}); the previous build was left as it was`)
}

/** The generation every index file names: the start of kb.json's sha256 (transaction.ts manifestOf). */
function generationOf(kbHash: ReturnType<typeof createHash>): string {
  return kbHash.digest('hex').slice(0, 16)
}

/** The terms of each document's search paragraphs, counted by the parse workers and interned by `builder` (batch.ts). */
export interface CountedTerms {
  builder: SearchIndexBuilder
  /** per document of the knowledge base, in its order; undefined: count them here */
  terms: (InternedTerms | undefined)[]
}

/** The search index of these documents: `buildSearchIndex(searchDocs(documents))`, from counted terms where given. */
export function searchIndexOf(documents: Document[], counted?: CountedTerms): SearchIndex {
  if (!counted) return buildSearchIndex(searchDocs(documents))
  if (counted.terms.length !== documents.length) throw new Error('search terms: one per document expected')
  documents.forEach((doc, i) => {
    counted.builder.add(searchDocs([doc]), counted.terms[i])
    counted.terms[i] = undefined
  })
  return counted.builder.finish()
}

/**
 * Everything but kb.json, into `out` (the staging folder of the transaction:
 * a writer may make sub-folders). The batch build passes skeletons
 * (worker.ts): what is read here must be kept there. `generation` goes into
 * each index file, so a reader can tell it belongs to kb.json.
 */
function writeDerived(kb: KnowledgeBase, out: string, generation: string, counted?: CountedTerms): void {
  const put = (name: string, data: string | Uint8Array): void => {
    mkdirSync(dirname(join(out, name)), {recursive: true})
    writeFileSync(join(out, name), data)
  }
  const schema = knowledgeBaseJsonSchema()
  put('kb.schema.json', `${JSON.stringify(schema, null, 2)}\n`)
  put('kb.schema.md', schemaMarkdown(schema as Parameters<typeof schemaMarkdown>[0]))
  // The search index first, while the heap is smallest: laying it out copies every paragraph's text once more.
  put(SEARCH_INDEX_FILE, encodeIndexFile(searchIndexOf(kb.documents, counted), generation))
  killPoint('search.idx')
  // One function per group, so that what a group builds is garbage once written, not held to the end.
  writeRecommendations(kb, put)
  writeXrefIndex(kb, put, out)
  put(SHOW_INDEX_FILE, showIndexBytes(kb.documents, generation))
  writeAkn(kb, out)
  writeSqlite(join(out, SQLITE_FILE), kb.documents)
}

function writeRecommendations(kb: KnowledgeBase, put: (name: string, data: string) => void): void {
  const rows = recommendationRows(kb.documents)
  put('recommendations.csv', toCsv(rows))
  put('recommendations.jsonl', toJsonl(rows))
  put('recommendation-addressees.csv', csv(ADDRESSEE_COLUMNS, addresseeRows(rows)))
}

/** xref-index.md and .html, and the site (src/outputs/site) from the same grouping; returns the site's names. */
function writeXrefIndex(kb: KnowledgeBase, put: (name: string, data: string) => void, out: string): string[] {
  const index = buildXrefIndex(kb)
  put('xref-index.md', xrefMarkdown(index))
  put('xref-index.html', xrefHtml(index))
  return writeSite(kb, index, out)
}

function spent(): never {
  throw new Error('a kb.json fragment was asked for after kb.json was written')
}

/** A document of the batch build (batch.ts): linked skeleton, and its kb.json fragment on demand (until writeStreamedOutputs has written kb.json). */
export interface StreamedDocument {
  skeleton: Skeleton
  patches: Patch[]
  fragment: () => Uint8Array
  /** its search paragraphs' terms, interned by the builder given to writeStreamedOutputs */
  terms?: InternedTerms
}

/** The same files as writeOutputs() for the same knowledge base, from skeletons and fragments; returns the new manifest. */
export async function writeStreamedOutputs(out: string, documents: StreamedDocument[], errors: InputErrorRecord[], builder = new SearchIndexBuilder(), lock?: Lock): Promise<Manifest> {
  const output = beginOutput(out, lock)
  try {
    await writeStreamed(output.staging, documents, errors, builder)
  } catch (error) {
    output.abort()
    throw writeFailure(out, error)
  }
  return output.commit()
}

async function writeStreamed(staging: string, documents: StreamedDocument[], errors: InputErrorRecord[], builder: SearchIndexBuilder): Promise<void> {
  const generation = generationOf(await streamKbJson(join(staging, 'kb.json'), documents, errors))
  killPoint('kb.json')
  const skeletons = documents.map((d) => d.skeleton)
  const counted = {builder, terms: documents.map((d) => d.terms)}
  // Spent from here on: the fragments (held in memory by a build without a cache) and the terms (now the builder's).
  for (const d of documents) {
    d.fragment = spent
    delete d.terms
  }
  writeDerived({schemaVersion: 1, pipelineVersion: PIPELINE_VERSION, documents: skeletons, errors}, staging, generation, counted)
}

/**
 * Writes `JSON.stringify(kb, null, 1) + '\n'` without making that string: the
 * frame around the documents, then each fragment with its placeholders
 * filled, into the staging folder; returns the hash of what it wrote.
 */
async function streamKbJson(path: string, documents: StreamedDocument[], errors: InputErrorRecord[]): Promise<ReturnType<typeof createHash>> {
  const slot = '\u0000documents'
  const frame = `${JSON.stringify({schemaVersion: 1, pipelineVersion: PIPELINE_VERSION, documents: documents.length > 0 ? [slot] : [], errors}, null, 1)}\n`
  // The documents come before the errors, so the first match is the slot.
  const at = frame.indexOf(JSON.stringify(slot))
  const hash = createHash('sha256')
  const stream = createWriteStream(path)
  const closed = once(stream, 'close')
  closed.catch(() => {}) // an 'error' rejects it; the write that meets the error throws it
  const write = async (chunk: Uint8Array | string): Promise<void> => {
    hash.update(chunk)
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), closed])
  }
  try {
    if (at < 0) {
      await write(frame)
    } else {
      await write(frame.slice(0, at))
      for (let i = 0; i < documents.length; i++) {
        await write(filled(documents[i]))
        if (i < documents.length - 1) await write(',\n  ')
      }
      await write(frame.slice(at + JSON.stringify(slot).length))
    }
    stream.end()
    await closed
    if (stream.errored) throw stream.errored
    return hash
  } catch (error) {
    stream.destroy()
    throw error
  }
}

/** A fragment with each placeholder replaced by its value, rendered at the placeholder's depth. */
function filled(doc: StreamedDocument): Buffer {
  const fragment = doc.fragment()
  const parts: Uint8Array[] = []
  let last = 0
  for (const [start, end, indent, token] of doc.patches) {
    parts.push(fragment.subarray(last, start), Buffer.from(render(patchValue(doc.skeleton, token), indent, token)))
    last = end
  }
  parts.push(fragment.subarray(last))
  return Buffer.concat(parts)
}

/** JSON.stringify(value, null, 1) as it reads nested under a line indented by `indent` spaces. */
function render(value: unknown, indent: number, token: string): string {
  if (value === null) return 'null'
  const text = JSON.stringify(value, null, 1) as string | undefined
  if (text === undefined) throw new Error(`placeholder ${token} has no value after linking`)
  return text.includes('\n') ? text.replaceAll('\n', `\n${' '.repeat(indent)}`) : text
}
