/** output/akn/: one file per Work, written one at a time; files of Works no longer in the knowledge base are removed. */
import {mkdirSync, readdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {writeAtomic} from '../../kb/files.js'
import type {KnowledgeBase} from '../../kb/schema.js'
import {AKN_DIR, knowledgeBaseAkn} from './index.js'

/** Writes `<out>/akn/<work-id>.xml` for the knowledge base; returns the names written, relative to `out`. */
export function writeAkn(kb: Pick<KnowledgeBase, 'documents'>, out: string): string[] {
  const dir = join(out, AKN_DIR)
  mkdirSync(dir, {recursive: true})
  const names = new Set<string>()
  for (const file of knowledgeBaseAkn(kb)) {
    writeAtomic(join(dir, file.name), file.xml)
    names.add(file.name)
  }
  for (const stale of readdirSync(dir)) if (stale.endsWith('.xml') && !names.has(stale)) rmSync(join(dir, stale), {force: true})
  return [...names].map((name) => `${AKN_DIR}/${name}`)
}
