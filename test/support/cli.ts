/**
 * Test support: the reskb program as a user runs it (the built dist/, as
 * `npx reskb` and `npm link` run it), and a knowledge base built from corpus/
 * into a temporary folder for it to read.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {buildKnowledgeBase, readInputs} from '../../src/kb/build.js'
import {writeOutputs} from '../../src/kb/write.js'
import {CORPUS_DIR, ROOT} from './corpus.js'

export const RESKB = join(ROOT, 'dist/cli/main.js')

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export function reskb(args: string[], options: {input?: string | Buffer; env?: Record<string, string>; cwd?: string} = {}): Run {
  const r = spawnSync(process.execPath, [RESKB, ...args], {cwd: options.cwd ?? ROOT, encoding: 'utf8', input: options.input, env: {...process.env, ...options.env}})
  return {status: r.status, stdout: r.stdout, stderr: r.stderr}
}

/** A shell line, with `reskb` meaning the built program (bash, so that `set -o pipefail` can see its status in a pipe). */
export function shell(line: string, options: {cwd?: string; env?: Record<string, string>} = {}): Run {
  const r = spawnSync('bash', ['-c', `reskb() { "${process.execPath}" "${RESKB}" "$@"; }\n${line}`], {cwd: options.cwd ?? ROOT, encoding: 'utf8', env: {...process.env, ...options.env}})
  return {status: r.status, stdout: r.stdout, stderr: r.stderr}
}

/** output/ of the corpus in a new temporary folder; returns its kb.json. */
export function corpusKnowledgeBase(): string {
  const out = mkdtempSync(join(tmpdir(), 'reskb-kb-'))
  writeOutputs(buildKnowledgeBase(readInputs([CORPUS_DIR])), out)
  return join(out, 'kb.json')
}

/** A stack trace's frame lines, which no message to a user may hold. */
export const STACK_FRAME = /\n\s+at /
