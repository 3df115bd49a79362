/** Reading a knowledge base back: plain JSON, checked for the schema version (full validation on request). */
import {readFileSync} from 'node:fs'
import {KnowledgeBaseSchema, type KnowledgeBase} from './schema.js'

export class KnowledgeBaseError extends Error {}

export function loadKnowledgeBase(path: string, options: {validate?: boolean} = {}): KnowledgeBase {
  let raw: string
  try {
    raw = readFileSync(path, 'utf8')
  } catch {
    throw new KnowledgeBaseError(`cannot read the knowledge base ${path}: build it with \`reskb build\` or give --kb`)
  }
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
