/**
 * One input file → what the batch keeps of it, computed in a worker thread
 * (or in-process). The batch never holds a document's tree; it keeps
 *
 * - the document's kb.json text, rendered exactly as `JSON.stringify(kb,
 *   null, 1)` renders it at depth 2, with a placeholder wherever the
 *   cross-document stages (recurrence.ts, link.ts) write: `citedBy`,
 *   `similar`, and each reference's `target` and `url`; and
 * - a skeleton: the document with only what the cross-document stages and
 *   the derived outputs (recommendations-export.ts, xref-index.ts with
 *   places.ts, search-docs.ts, show-index.ts, outputs/akn, outputs/site,
 *   outputs/sqlite) read. Paragraphs keep id, kind, num, label, text, start
 *   and end, lead, action, children and their markers' place and footnote;
 *   pieces, toc, cell offsets and diagnostics go.
 *   Those modules run on skeletons unchanged, typed as Document.
 *
 * - the terms of its search paragraphs (query/terms.ts): counting them is
 *   most of the search index's cost and a pure function of the texts, so it
 *   is done here, in parallel and cached with the rest.
 *
 * The cross-document stages run on the skeletons; the placeholders are then
 * filled from them (write.ts). batch.test.ts compares every output with the
 * in-memory build, so a reader that starts using a dropped field shows up.
 */
import {isMainThread, parentPort, workerData} from 'node:worker_threads'
import {parseInput, type InputFile} from './build.js'
import type {Document, InputErrorRecord, Paragraph, Section, TableCell} from './schema.js'
import {searchDocs} from './search-docs.js'
import {encodeParagraphTerms, paragraphTerms} from '../query/terms.js'

/** A Document with only the fields named above (the rest are absent). */
export type Skeleton = Document

/** [byte offset, byte end, indent of the line, token] of a placeholder in a fragment. */
export type Patch = [number, number, number, string]

/** `search`: Encoded.search in base64, in a cache entry only (withSearch). */
export type Header = {ok: true; patches: Patch[]; skeleton: Skeleton; search?: string} | {ok: false; error: InputErrorRecord}

export interface Encoded {
  /** JSON of a Header: kept as text, since it goes to the cache as it is */
  header: string
  /** UTF-8 of the document at depth 2 of kb.json, with placeholders; empty for a refused file */
  fragment: Uint8Array
  /** the terms of searchDocs([skeleton]), in that order (query/terms.ts encodeParagraphTerms); absent for a refused file */
  search?: Uint8Array
}

/** The result as the cache keeps it (header and fragment only): the search terms go into the header. */
export function withSearch(encoded: Encoded): Encoded {
  if (!encoded.search) return encoded
  const search = Buffer.from(encoded.search.buffer, encoded.search.byteOffset, encoded.search.byteLength).toString('base64')
  return {header: `${encoded.header.slice(0, -1)},"search":"${search}"}`, fragment: encoded.fragment}
}

/** The search terms of a result, from the result or from its cached header (which loses them). */
export function searchOf(encoded: Pick<Encoded, 'search'>, header: Header): Uint8Array | undefined {
  if (!header.ok) return undefined
  if (header.search === undefined) return encoded.search
  const search = Buffer.from(header.search, 'base64')
  delete header.search
  return search
}

export function processFile(input: InputFile): Encoded {
  const outcome = parseInput(input)
  if (outcome.ok) return encodeDocument(outcome.document)
  return {header: JSON.stringify({ok: false, error: outcome.error}), fragment: new Uint8Array(0)}
}

// U+0000 cannot occur in a document (decode.ts refuses it), so `"\u0000…"` in the JSON is always ours.
const MARK = '\u0000'
const PLACEHOLDER = /"\\u0000([a-z][0-9.]+)"/g

/** Consumes the document (placeholders are written into it). */
export function encodeDocument(doc: Document): Encoded {
  const skeleton = skeletonOf(doc)
  // Serialise the skeleton before the placeholders go in.
  const skeletonJson = JSON.stringify(skeleton)
  const search = encodeParagraphTerms(paragraphTerms(searchDocs([skeleton]).map((d) => d.text)))
  const patches: Patch[] = []
  const tokens = new Set<string>()
  const mark = (token: string): never => {
    tokens.add(token)
    return `${MARK}${token}` as never
  }
  doc.instruments.forEach((inst, i) => (inst.citedBy = mark(`c${i}`)))
  doc.references.forEach((ref, i) => {
    ref.target = mark(`t${i}`)
    ref.url = mark(`u${i}`)
  })
  doc.recommendationLists.forEach((list, i) => list.items.forEach((item, j) => (item.similar = mark(`s${i}.${j}`))))
  // `[[doc]]` puts the document at depth 2, as kb.documents[i] is.
  const wrapped = JSON.stringify([[doc]], null, 1)
  const text = wrapped.slice('[\n [\n  '.length, wrapped.length - '\n ]\n]'.length)
  let bytes = 0
  let last = 0
  for (const m of text.matchAll(PLACEHOLDER)) {
    bytes += Buffer.byteLength(text.slice(last, m.index))
    last = m.index + m[0].length
    const lineStart = text.lastIndexOf('\n', m.index) + 1
    let indent = 0
    while (text.charCodeAt(lineStart + indent) === 32) indent++
    patches.push([bytes, bytes + m[0].length, indent, m[1]])
    tokens.delete(m[1])
    bytes += m[0].length
  }
  if (tokens.size > 0) throw new Error(`placeholder ${[...tokens][0]} missing from the serialised document`)
  return {header: `{"ok":true,"patches":${JSON.stringify(patches)},"skeleton":${skeletonJson}}`, fragment: new TextEncoder().encode(text), search}
}

function skeletonOf(doc: Document): Skeleton {
  // num and the markers' place and footnote: the AKN export (outputs/akn) writes them.
  const marker = (m: Paragraph["markers"][number]) => ({n: m.n, at: m.at, printed: m.printed, footnote: m.footnote})
  const slim = (p: Paragraph): Paragraph =>
    ({id: p.id, kind: p.kind, num: p.num, label: p.label, text: p.text, start: p.start, end: p.end, markers: p.markers.map(marker), lead: p.lead, action: p.action, children: p.children.map(slim)}) as Paragraph
  const maybe = (p: Paragraph | null) => (p ? slim(p) : null)
  const section = (s: Section): Section =>
    ({id: s.id, kind: s.kind, start: s.start, end: s.end, heading: slim(s.heading), num: s.num, label: s.label, title: s.title, paragraphs: s.paragraphs.map(slim), instruments: s.instruments, children: s.children.map(section)}) as Section
  // The site links cell markers (to a footnote, or else to the table's note of that label); they are no references.
  const cells = (row: TableCell[]) => row.map((c) => ({text: c.text, markers: c.markers.map((m) => ({n: m.n, at: m.at, footnote: m.footnote}))}))
  return {
    id: doc.id,
    source: doc.source,
    kind: doc.kind,
    issuer: doc.issuer,
    identity: doc.identity,
    meta: doc.meta,
    sections: doc.sections.map(section),
    paragraphs: doc.paragraphs.map(slim),
    instruments: doc.instruments.map((i) => ({
      id: i.id,
      key: i.key,
      kind: i.kind,
      number: i.number,
      section: i.section,
      start: i.start,
      end: i.end,
      title: i.title,
      adoptedBy: i.adoptedBy,
      citedBy: i.citedBy,
      heading: slim(i.heading),
      titleParagraph: maybe(i.titleParagraph),
      formula: maybe(i.formula),
      preamble: i.preamble.map(slim),
      operative: i.operative.map(slim),
      body: i.body.map(slim),
      annexes: i.annexes.map((a) => ({
        kind: a.kind,
        label: a.label,
        title: a.title,
        heading: slim(a.heading),
        titleParagraph: maybe(a.titleParagraph),
        paragraphs: a.paragraphs.map(slim),
        tables: a.tables
      }))
    })),
    footnotes: doc.footnotes.map((f) => ({id: f.id, n: f.n, marker: f.marker, text: f.text, start: f.start, end: f.end})),
    tables: doc.tables.map((t) => ({id: t.id, caption: t.caption, title: t.title, start: t.start, header: cells(t.header), rows: t.rows.map(cells), notes: t.notes.map((n) => ({label: n.label, text: n.text}))})),
    // Whole: kb.sqlite reads every field of a reference.
    references: doc.references.map((r) => ({...r})),
    recommendationLists: doc.recommendationLists
  } as unknown as Skeleton
}

/** The value a placeholder stands for, read from the linked skeleton. */
export function patchValue(skeleton: Skeleton, token: string): unknown {
  const n = token.slice(1)
  switch (token[0]) {
    case 'c':
      return skeleton.instruments[Number(n)].citedBy
    case 't':
      return skeleton.references[Number(n)].target
    case 'u':
      return skeleton.references[Number(n)].url
    case 's': {
      const [list, item] = n.split('.').map(Number)
      return skeleton.recommendationLists[list].items[item].similar
    }
    default:
      throw new Error(`unknown placeholder ${token}`)
  }
}

/** Marks the worker threads the batch starts, so importing this module elsewhere starts nothing. */
export const WORKER_FLAG = 'reskb-parse-worker'

export interface Job {
  index: number
  path: string
  bytes: Uint8Array
}

if (!isMainThread && workerData === WORKER_FLAG && parentPort) {
  const port = parentPort
  port.on('message', (job: Job) => {
    // The time budget counts from here: starting the thread and loading the pipeline are not the file's.
    port.postMessage({index: job.index, started: true})
    const encoded = processFile({path: job.path, bytes: job.bytes})
    const transfer = [encoded.fragment.buffer as ArrayBuffer]
    if (encoded.search) transfer.push(encoded.search.buffer as ArrayBuffer)
    port.postMessage({index: job.index, encoded}, transfer)
  })
}
