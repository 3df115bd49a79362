/**
 * Crash safety of `reskb build`: a build killed with SIGKILL at each stage
 * (RESKB_TEST_KILL_AT, kill-point.ts) or at a moment chosen by time leaves
 * the output folder as the previous complete build or the new one, and the
 * next build succeeds; two builds into one folder do not mix.
 */
import {spawn, spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {filesUnder} from './support/files.js'
import {outputIntact, readManifest} from '../src/kb/transaction.js'
import {CORPUS_DIR, ROOT, corpusText} from './support/corpus.js'

const CLI = join(ROOT, 'dist/cli/main.js')
const KILL_POINTS = ['parse', 'write', 'kb.json', 'search.idx', 'derived', 'manifest', 'switch', 'cleanup']

/** A few megabytes of corpus text under distinct names, in `dir`/corpus. */
function generatedCorpus(dir: string, copies: number): void {
  mkdirSync(join(dir, 'corpus'))
  const names = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt'))
  for (let i = 0; i < copies; i++) for (const name of names) cpSync(join(CORPUS_DIR, name), join(dir, 'corpus', `${String(i).padStart(2, '0')}-${name}`))
}

function build(cwd: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, 'build', '--workers', '2'], {cwd, env: {...process.env, ...env}, encoding: 'utf8'})
}

/** The output folder's generation, after checking it is whole: every file its manifest names, by content, and nothing else. */
function generationOf(cwd: string): string {
  // A reader first, as a user would: it finishes a switch a kill cut between its two renames.
  const show = spawnSync(process.execPath, [CLI, 'show', 'CTOC/COP/RES/9/1'], {cwd, encoding: 'utf8'})
  expect(show.status, show.stderr).toBe(0)
  const out = join(cwd, 'output')
  const manifest = readManifest(out)
  expect(manifest, 'output/ has a manifest').not.toBeNull()
  expect(outputIntact(out, manifest!), 'output/ is whole').toBe(true)
  expect(filesUnder(out)).toEqual([...manifest!.files.map((f) => f[0]), 'manifest.json'].sort())
  return manifest!.generation
}

describe('kill -9 during reskb build', () => {
  let root: string
  let oldGeneration: string
  let newGeneration: string
  beforeAll(() => {
    // The new build differs from the old by one file; the cache keeps the rest fast.
    const fresh = mkdtempSync(join(tmpdir(), 'reskb-crash-new-'))
    generatedCorpus(fresh, 4)
    writeFileSync(join(fresh, 'corpus', 'zz-new.txt'), `${corpusText('002_d8f709981c452746.txt')}\n\n补充一段。\n`)
    expect(build(fresh).status).toBe(0)
    newGeneration = generationOf(fresh)
    root = mkdtempSync(join(tmpdir(), 'reskb-crash-'))
    generatedCorpus(root, 4)
    expect(build(root).status).toBe(0)
    oldGeneration = generationOf(root)
    writeFileSync(join(root, 'zz-new.txt.aside'), readFileSync(join(fresh, 'corpus', 'zz-new.txt')))
  })

  it.each(KILL_POINTS)('at %s: output/ is the old build or the new one, and the next build succeeds', (point) => {
    // Each point builds towards the other generation: add the new file, or take it away.
    const aside = join(root, 'zz-new.txt.aside')
    const towardsNew = generationOf(root) === oldGeneration
    if (towardsNew) renameSync(aside, join(root, 'corpus', 'zz-new.txt'))
    else renameSync(join(root, 'corpus', 'zz-new.txt'), aside)
    const killed = build(root, {RESKB_TEST_KILL_AT: point})
    expect(killed.signal).toBe('SIGKILL')
    expect([oldGeneration, newGeneration]).toContain(generationOf(root))
    expect(build(root).status).toBe(0)
    expect(generationOf(root)).toBe(towardsNew ? newGeneration : oldGeneration)
  })

  it('at moments chosen by time, and the next build succeeds', async () => {
    if (generationOf(root) === oldGeneration) renameSync(join(root, 'zz-new.txt.aside'), join(root, 'corpus', 'zz-new.txt'))
    for (const ms of [300, 900, 1500]) {
      const child = spawn(process.execPath, [CLI, 'build', '--workers', '2', '--no-cache'], {cwd: root, stdio: 'ignore'})
      await new Promise((resolve) => setTimeout(resolve, ms))
      child.kill('SIGKILL')
      await new Promise((resolve) => child.once('exit', resolve))
      expect([oldGeneration, newGeneration]).toContain(generationOf(root))
    }
    expect(build(root).status).toBe(0)
    expect(generationOf(root)).toBe(newGeneration)
    expect(readdirSync(root).filter((n) => n.startsWith('.output.reskb-'))).toEqual([])
  })

  it('two concurrent builds into one folder: one is refused by the lock, the output is whole', async () => {
    const run = () =>
      new Promise<{code: number | null; stderr: string}>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'build', '--workers', '1', '--no-cache'], {cwd: root})
        let stderr = ''
        child.stderr.on('data', (d) => (stderr += d))
        child.on('exit', (code) => resolve({code, stderr}))
      })
    const results = await Promise.all([run(), run()])
    const refused = results.filter((r) => /another reskb build \(pid \d+\) is writing into this folder/.test(r.stderr))
    expect(refused).toHaveLength(1)
    expect(refused[0].code).toBe(1)
    expect(refused[0].stderr.trim().split('\n')).toHaveLength(1)
    expect(results.filter((r) => r.code === 0)).toHaveLength(1)
    expect(generationOf(root)).toBe(newGeneration)
  })
})
