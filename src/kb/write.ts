/** Knowledge base → files in the output folder, each written atomically. */
import {join} from 'node:path'
import {writeAtomic} from './files.js'
import {knowledgeBaseJsonSchema} from './build.js'
import type {KnowledgeBase} from './schema.js'

export function writeOutputs(kb: KnowledgeBase, out: string): void {
  writeAtomic(join(out, 'kb.json'), `${JSON.stringify(kb, null, 1)}\n`)
  writeAtomic(join(out, 'kb.schema.json'), `${JSON.stringify(knowledgeBaseJsonSchema(), null, 2)}\n`)
}
