/**
 * Inputs → knowledge base. Each file is parsed on its own; a file that cannot
 * be read or decoded is recorded in `errors` with the reason and the batch
 * goes on. The result is a pure function of the inputs: documents are sorted
 * by path and nothing time-dependent is written.
 */
import * as z from 'zod'
import {InputError} from '../ingest/decode.js'
import {parseDocument} from '../pipeline/parse-document.js'
import {KnowledgeBaseSchema, type Document, type InputErrorRecord, type KnowledgeBase} from './schema.js'
import {PIPELINE_VERSION} from './version.js'
import {linkRecurrence} from './recurrence.js'
import {linkReferences} from './link.js'
import {collectInputs, displayPath, readInput} from './files.js'

export interface InputFile {
  path: string
  /** the bytes, or the error met while reading them */
  bytes: Uint8Array | Error
}

export type ParseOutcome = {ok: true; document: Document} | {ok: false; error: InputErrorRecord}

export function parseInput(input: InputFile): ParseOutcome {
  if (input.bytes instanceof InputError) return {ok: false, error: {path: input.path, ruleId: `reskb:${input.bytes.ruleId}`, message: input.bytes.message}}
  if (input.bytes instanceof Error) {
    return {ok: false, error: {path: input.path, ruleId: 'reskb:unreadable', message: `cannot read the file: ${input.bytes.message}`}}
  }
  try {
    return {ok: true, document: parseDocument(input.bytes, {path: input.path})}
  } catch (error) {
    if (error instanceof InputError) return {ok: false, error: {path: input.path, ruleId: `reskb:${error.ruleId}`, message: error.message}}
    const message = error instanceof Error ? error.message : String(error)
    return {ok: false, error: {path: input.path, ruleId: 'reskb:internal', message: `the pipeline failed on this file: ${message}`}}
  }
}

export function assembleKnowledgeBase(outcomes: ParseOutcome[]): KnowledgeBase {
  const documents: Document[] = []
  const errors: InputErrorRecord[] = []
  for (const o of outcomes) {
    if (o.ok) documents.push(o.document)
    else errors.push(o.error)
  }
  documents.sort((a, b) => compare(a.source.path, b.source.path))
  linkRecurrence(documents)
  linkReferences(documents)
  errors.sort((a, b) => compare(a.path, b.path))
  return {schemaVersion: 1, pipelineVersion: PIPELINE_VERSION, documents, errors}
}

export function buildKnowledgeBase(inputs: InputFile[]): KnowledgeBase {
  return assembleKnowledgeBase(inputs.map(parseInput))
}

/** Reads the inputs under `paths` (files or folders); unreadable ones become errors. */
export function readInputs(paths: string[]): InputFile[] {
  const {files, missing} = collectInputs(paths)
  const inputs: InputFile[] = files.map((path) => {
    try {
      return {path: displayPath(path), bytes: readInput(path)}
    } catch (error) {
      return {path: displayPath(path), bytes: error instanceof Error ? error : new Error(String(error))}
    }
  })
  for (const path of missing) inputs.push({path: displayPath(path), bytes: new Error('no such file or folder, or it cannot be listed')})
  return inputs
}

export function knowledgeBaseJsonSchema(): unknown {
  return z.toJSONSchema(KnowledgeBaseSchema, {target: 'draft-2020-12'})
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
