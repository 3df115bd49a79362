/**
 * The program as a user first meets it: its version, help for a command,
 * "did you mean" for a slip, one-line errors, stdin, and a reader that stops
 * early.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {RESKB, STACK_FRAME, reskb, shell} from '../../test/support/cli.js'
import {CORPUS_DIR, ROOT} from '../../test/support/corpus.js'
import {PIPELINE_VERSION} from '../kb/version.js'

const FILE = join(CORPUS_DIR, '000_72cb1ed1b35ea5b9.txt')

/** An error as users must see it: one line on stderr, nothing on stdout, no stack. */
function expectOneLineError(r: ReturnType<typeof reskb>, status: number, pattern: RegExp): void {
  expect(r.status, r.stderr).toBe(status)
  expect(r.stdout).toBe('')
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1)
  expect(r.stderr).toMatch(pattern)
  expect(r.stderr).not.toMatch(STACK_FRAME)
}

describe('reskb as a command', () => {
  it('is the package bin, runnable once built', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {bin: Record<string, string>}
    expect(join(ROOT, pkg.bin.reskb)).toBe(RESKB)
    expect(readFileSync(RESKB, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true)
  })

  it('prints its version', () => {
    const r = reskb(['--version'])
    expect([r.status, r.stdout]).toEqual([0, `${PIPELINE_VERSION}\n`])
  })

  it('gives a command its own help with `help CMD`, as with `CMD --help`', () => {
    for (const name of ['refs', 'schema']) {
      const r = reskb(['help', name])
      expect(r.status).toBe(0)
      expect(r.stdout).toContain(`Usage: reskb ${name}`)
      expect(r.stdout).toBe(reskb([name, '--help']).stdout)
    }
  })
})

describe('a slip', () => {
  it('of a command gets the closest commands', () => {
    expectOneLineError(reskb(['refz']), 2, /^reskb: unknown command 'refz'.*did you mean: refs/)
    expectOneLineError(reskb(['help', 'shwo']), 2, /did you mean: show/)
  })

  it('of a flag gets the closest flags, not parseArgs wording', () => {
    expectOneLineError(reskb(['refs', '--fromat', 'csv']), 2, /^reskb refs: unknown flag --fromat; did you mean: --format/)
    expectOneLineError(reskb(['recs', '--adressee', 'UNODC']), 2, /did you mean: --addressee/)
    const r = reskb(['refs', '--format'])
    expectOneLineError(r, 2, /^reskb refs: --format needs a value$/m)
    expect(r.stderr).not.toMatch(/argument missing|To specify a positional/)
  })

  it('of a value says what is allowed', () => {
    expectOneLineError(reskb(['refs', '--format', 'xml', FILE]), 2, /--format must be one of table, csv, tsv, jsonl \(got 'xml'\)/)
    expectOneLineError(reskb(['search', '公约', '--limit', 'ten']), 2, /--limit must be a positive whole number \(got 'ten'\)/)
    expectOneLineError(reskb(['recs', '--addressee', 'Statez', FILE]), 2, /--addressee must be one of .*did you mean: States/)
  })
})

describe('input files', () => {
  it('a missing file or a folder is one line naming it', () => {
    expectOneLineError(reskb(['parse', 'no-such-file.txt']), 1, /no-such-file\.txt: cannot read the file: no such file/)
    expectOneLineError(reskb(['parse', CORPUS_DIR]), 1, /corpus\/?: is a folder/)
    expectOneLineError(reskb(['refs', '--kb', 'no-such-kb.json']), 1, /cannot read the knowledge base no-such-kb\.json/)
  })

  it('- reads stdin for parse and refs', () => {
    const text = readFileSync(FILE)
    const parsed = reskb(['parse', '-'], {input: text})
    expect(parsed.status, parsed.stderr).toBe(0)
    const doc = JSON.parse(parsed.stdout) as {source: {path: string}; instruments: {key: string}[]}
    expect([doc.source.path, doc.instruments[0].key]).toEqual(['<stdin>', 'CTOC/COP/RES/7/1'])
    const fromStdin = reskb(['refs', '-', '--format', 'csv', '--columns', 'key,surface'], {input: text})
    const fromFile = reskb(['refs', FILE, '--format', 'csv', '--columns', 'key,surface'])
    expect(fromStdin.status, fromStdin.stderr).toBe(0)
    expect(fromStdin.stdout).toBe(fromFile.stdout)
    expect(fromStdin.stdout.split('\n').length).toBeGreaterThan(10)
  })
})

describe('a reader that stops early', () => {
  it('ends the command quietly with status 0', () => {
    for (const line of [`reskb refs ${FILE} | head -1`, `reskb recs ${CORPUS_DIR} --format jsonl | head -c 10`, `reskb parse ${FILE} | head -1`]) {
      const r = shell(`set -o pipefail; ${line}`)
      expect([r.status, r.stderr], line).toEqual([0, ''])
      expect(r.stdout.length, line).toBeGreaterThan(0)
    }
  })
})
