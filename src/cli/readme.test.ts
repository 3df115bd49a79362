/**
 * Every example command of the README runs as printed: each line of a ```sh
 * block that starts with `reskb ` or `npx reskb ` is run, in README order, in
 * a folder holding corpus/, test/fixtures/ and output/ built from the corpus.
 * A line that mentions reskb in another form must be listed in NOT_RUN with
 * the reason, so that a section added later is either run or accounted for.
 *
 * A trailing comment sets what is checked: `exit N` the status (else 0), and
 * a "quoted" text something the output must contain (up to a `…`).
 */
import {cpSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {STACK_FRAME, shell} from '../../test/support/cli.js'
import {CORPUS_DIR, FIXTURES_DIR, ROOT} from '../../test/support/corpus.js'
import {buildKnowledgeBase, readInputs} from '../kb/build.js'
import {writeOutputs} from '../kb/write.js'

/** Lines mentioning reskb that are not run, each with why. */
const NOT_RUN: {line: RegExp; reason: string}[] = [
  {line: /redis:\/\//, reason: 'needs a Redis server (the distributed build has its own tests)'}
]

interface Example {
  line: string
  command: string
  status: number
  expected: string[]
}

const FENCE = /^```(\w*)\s*$/
const SHELLS = new Set(['sh', 'bash', 'shell', 'console'])

/** The command and its trailing comment (a `#` after a space, outside quotes). */
function splitComment(line: string): [string, string] {
  let quote: string | null = null
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quote) {
      if (ch === quote) quote = null
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]))) return [line.slice(0, i).trim(), line.slice(i + 1).trim()]
  }
  return [line.trim(), '']
}

function readmeExamples(markdown: string): {examples: Example[]; unrecognised: string[]} {
  const examples: Example[] = []
  const unrecognised: string[] = []
  let inShell: boolean | null = null
  for (const raw of markdown.split('\n')) {
    const fence = FENCE.exec(raw)
    if (fence) {
      inShell = inShell === null ? SHELLS.has(fence[1]) : null
      continue
    }
    if (!inShell) continue
    const [command, comment] = splitComment(raw.replace(/^\s*\$\s+/, ''))
    if (!/\breskb\b/.test(command)) continue
    if (NOT_RUN.some((n) => n.line.test(command))) continue
    if (!/^(npx )?reskb( |$)/.test(command)) {
      unrecognised.push(raw)
      continue
    }
    const status = Number(/\bexit (\d+)/.exec(comment)?.[1] ?? 0)
    const expected = [...comment.matchAll(/"([^"]+)"/g)].map((m) => m[1].replace(/,?\s*…$/, ''))
    // npx runs the package's own bin, the program `reskb` names here; outside the package folder it would look in the registry.
    examples.push({line: raw.trim(), command: command.replace(/^npx /, ''), status, expected})
  }
  return {examples, unrecognised}
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
const {examples, unrecognised} = readmeExamples(README)
let work: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'reskb-readme-'))
  cpSync(CORPUS_DIR, join(work, 'corpus'), {recursive: true})
  cpSync(FIXTURES_DIR, join(work, 'test/fixtures'), {recursive: true})
  process.chdir(work)
  try {
    writeOutputs(buildKnowledgeBase(readInputs(['corpus'])), 'output')
  } finally {
    process.chdir(ROOT)
  }
})

describe('the README', () => {
  it('has example commands, each recognised', () => {
    expect(examples.length).toBeGreaterThan(10)
    expect(unrecognised).toEqual([])
  })

  it('reads a comment for the status and the text to expect', () => {
    const {examples: read} = readmeExamples('```sh\nreskb show X   # exit 1: "did you mean: Y, …"\nnpx reskb a "#b" # c\n```\n')
    expect(read).toEqual([
      {line: 'reskb show X   # exit 1: "did you mean: Y, …"', command: 'reskb show X', status: 1, expected: ['did you mean: Y']},
      {line: 'npx reskb a "#b" # c', command: 'reskb a "#b"', status: 0, expected: []}
    ])
  })

  it('runs every example command as printed', () => {
    for (const example of examples) {
      const r = shell(`set -o pipefail; ${example.command}`, {cwd: work, env: {COLUMNS: '100'}})
      expect(r.status, `${example.line}\n${r.stderr}`).toBe(example.status)
      expect(r.stderr, example.line).not.toMatch(STACK_FRAME)
      for (const text of example.expected) expect(r.stdout + r.stderr, example.line).toContain(text)
    }
  })

  it('documents npx reskb, which runs the package bin in its folder', () => {
    expect(README).toMatch(/npx reskb/)
    expect(README).toMatch(/npm link/)
    const r = shell('npx --no-install reskb --version', {cwd: ROOT})
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/)
  })
})
