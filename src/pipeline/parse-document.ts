/**
 * One input file → one knowledge-base document: ingest, parse, structure,
 * then the stages that read the tree. Pure: the same bytes at the same path
 * give the same document.
 */
import {createHash} from 'node:crypto'
import {decodeBytes, type Decoded} from '../ingest/decode.js'
import {analysisCopy, analysisForm} from '../ingest/script.js'
import {MAX_NESTING, parseMarkdown, type ParsedChunk} from '../parse/markdown.js'
import {toLines} from '../parse/lines.js'
import {layoutLines} from '../layout/index.js'
import {buildStructure} from '../structure/build.js'
import type {Diagnostic, Document, Reference} from '../kb/schema.js'
import {annotateActions} from '../recommendations/annotate.js'
import {findRecommendationLists} from '../recommendations/lists.js'
import {bodyList, generalRecommendationKey} from '../recommendations/body-lists.js'
import {findReferences} from './references.js'
import {documentIdentity, identityDiagnostics, settleInstrumentKeys} from './identity.js'

export interface ParseOptions {
  /** the path recorded in `source.path` (as given, relative paths stay relative) */
  path: string
}

/**
 * `doc-` and 16 hex digits of the hash of the path and the content: two files
 * with the same bytes are still two documents (and two sets of anchors).
 */
export function documentId(sha256: string, path: string): string {
  return `doc-${createHash('sha256').update(`${path}\0${sha256}`).digest('hex').slice(0, 16)}`
}

export function parseDocument(input: Uint8Array | string, options: ParseOptions): Document {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const decoded: Decoded = typeof input === 'string' ? {text: input, encoding: 'utf-8'} : decodeBytes(bytes)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const id = documentId(sha256, options.path)
  const text = analysisCopy(decoded.text)
  const chunks = parseMarkdown(text.analysis)
  const lines = layoutLines(toLines(chunks, text.original, text.analysis))
  const structure = buildStructure(lines, id)
  annotateActions(structure.instruments, text.script)
  const identity = documentIdentity(lines, structure, text.script)
  settleInstrumentKeys(structure, identity)
  const base = {
    id,
    source: {path: options.path, sha256, bytes: bytes.length, encoding: decoded.encoding, script: text.script},
    issuer: identity.issuer,
    identity,
    kind: structure.kind,
    meta: structure.meta,
    toc: structure.toc,
    sections: structure.sections,
    paragraphs: structure.paragraphs,
    instruments: structure.instruments.map((inst) => ({...inst, citedBy: []})),
    footnotes: structure.footnotes,
    tables: structure.tables,
    diagnostics: [...structure.diagnostics, ...identityDiagnostics(identity), ...nestingDiagnostics(chunks, text.original)]
  }
  const references = findReferences(base, structure, text.script)
  const byContainer = new Map<string, Reference[]>()
  for (const r of references) {
    const list = byContainer.get(r.in)
    if (list) list.push(r)
    else byContainer.set(r.in, [r])
  }
  const recommendationLists = findRecommendationLists(structure.instruments, structure.sections, {
    script: text.script,
    footnotes: structure.footnotes,
    symbolsIn: (footnote) => (byContainer.get(footnote) ?? []).filter((r) => r.kind === 'symbol').map((r) => r.key)
  })
  if (recommendationLists.length === 0 && structure.instruments.length === 0) {
    // A treaty body's general recommendation adopts its list in its own body.
    const texts = [...structure.meta.other, ...structure.meta.furniture, ...structure.paragraphs].map((p) => analysisForm(p.text, text.script))
    const list = bodyList(id, structure.paragraphs, text.script, null)
    if (list) recommendationLists.push({...list, in: generalRecommendationKey(texts, list.adoptedBy)})
  }
  for (const list of recommendationLists) {
    for (const item of list.items) item.references = (byContainer.get(item.id) ?? []).map((r) => r.id)
  }
  return {...base, references, recommendationLists}
}


/** One diagnostic per line whose container nesting the parser cut (markdown.ts boundNesting). */
function nestingDiagnostics(chunks: ParsedChunk[], text: string): Diagnostic[] {
  return chunks.flatMap((chunk) =>
    chunk.flattened.map((start) => {
      const nl = text.indexOf('\n', start)
      return {
        ruleId: 'reskb:nesting',
        severity: 'warning' as const,
        message: `block containers (>, list bullets) nested deeper than ${MAX_NESTING} levels: the rest of the line is read as text`,
        start,
        end: nl < 0 ? text.length : nl
      }
    })
  )
}
