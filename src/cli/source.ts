/** Where a query command reads documents from: files given on the command line, or a built knowledge base. */
import {CliError} from './errors.js'
import {KnowledgeBaseError, loadKnowledgeBase} from '../kb/load.js'
import {buildKnowledgeBase, readInputs} from '../kb/build.js'
import type {KnowledgeBase} from '../kb/schema.js'

export const DEFAULT_KB = 'output/kb.json'

export function knowledgeBaseFrom(kbPath: string | undefined, files: string[]): KnowledgeBase {
  if (files.length > 0) {
    const kb = buildKnowledgeBase(readInputs(files))
    for (const e of kb.errors) process.stderr.write(`${e.path}: ${e.message} [${e.ruleId}]\n`)
    return kb
  }
  try {
    return loadKnowledgeBase(kbPath ?? DEFAULT_KB)
  } catch (error) {
    if (error instanceof KnowledgeBaseError) throw new CliError(error.message)
    throw error
  }
}

/** A fixed-width text table for the terminal (CJK characters count double). */
export function textTable(header: string[], rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0)
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))))
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(Math.max(0, widths[i] - width(c)))).join('  ').trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

export function clip(s: string, n: number): string {
  const chars = [...s.replace(/\s+/g, ' ')]
  return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : chars.join('')
}
