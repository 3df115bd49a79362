/** Reading a knowledge base back: plain JSON, checked for the schema version (full validation on request). */
import {readFileSync} from 'node:fs'
import {basename, dirname} from 'node:path'
import {KnowledgeBaseSchema, type KnowledgeBase} from './schema.js'
import {notOfThisBuild, settleOutput} from './transaction.js'

export class KnowledgeBaseError extends Error {}

export function loadKnowledgeBase(path: string, options: {validate?: boolean} = {}): KnowledgeBase {
  settleOutput(dirname(path))
  let raw: string
  try {
    raw = readFileSync(path, 'utf8')
  } catch {
    throw new KnowledgeBaseError(`cannot read the knowledge base ${path}: build it with \`reskb build\` or give --kb`)
  }
  // Beside a manifest, kb.json must be the one the build wrote (its size is a cheap check of that).
  const foreign = notOfThisBuild(dirname(path), basename(path), Buffer.byteLength(raw), undefined)
  if (foreign) throw new KnowledgeBaseError(`${path}: the knowledge base is damaged (${foreign}): rebuild with \`reskb build\``)
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    throw new KnowledgeBaseError(`${path} is not JSON`)
  }
  if (typeof data !== 'object' || data === null || (data as {schemaVersion?: unknown}).schemaVersion !== 1) {
    throw new KnowledgeBaseError(`${path} is not a reskb knowledge base of schema version 1`)
  }
  if (options.validate) {
    const result = KnowledgeBaseSchema.safeParse(data)
    if (!result.success) throw new KnowledgeBaseError(`${path} does not match the schema: ${result.error.issues[0]?.message}`)
  }
  return data as KnowledgeBase
}
