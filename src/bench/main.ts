/**
 * `npm run bench`: throughput of the build on a synthetic corpus of at least
 * 50 MB (copies of corpus/ under distinct names, in bench-out/, removed at
 * the end), in one run:
 * bare remark-parse, the full pipeline on one thread, the build on all
 * cores, cold and warm build times, peak RSS, and the start-to-answer time
 * of `reskb search` and `reskb show` on the result. Builds run as child
 * processes of the real CLI; their figures come from its hidden `--stats`.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import type {BatchStats} from '../kb/batch.js'

const TARGET_BYTES = 50 * 1024 * 1024
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CLI = join(ROOT, 'dist/cli/main.js')
const OUT = join(ROOT, 'bench-out')
const CORPUS = join(OUT, 'corpus')

type Stats = BatchStats & {maxRSS: number}

const mb = (bytes: number) => bytes / 1e6
const fmt = (n: number, digits = 1) => n.toFixed(digits)

function makeCorpus(): {files: string[]; bytes: number} {
  rmSync(OUT, {recursive: true, force: true})
  mkdirSync(CORPUS, {recursive: true})
  const sources = readdirSync(join(ROOT, 'corpus')).filter((f) => /\.(txt|md)$/.test(f)).sort()
  const files: string[] = []
  let bytes = 0
  for (let copy = 0; bytes < TARGET_BYTES; copy++) {
    for (const source of sources) {
      const target = join(CORPUS, `c${String(copy).padStart(4, '0')}_${source}`)
      copyFileSync(join(ROOT, 'corpus', source), target)
      bytes += statSync(target).size
      files.push(target)
    }
  }
  return {files, bytes}
}

/** remark-parse alone, each file as one document, in this process. */
function bareParse(files: string[]): number {
  const texts = files.map((f) => readFileSync(f, 'utf8'))
  const parser = unified().use(remarkParse)
  const started = performance.now()
  for (const text of texts) parser.parse(text)
  return (performance.now() - started) / 1000
}

/** `reskb build` as a child process; wall seconds and its --stats line. */
function build(name: string, args: string[]): {seconds: number; stats: Stats} {
  const started = performance.now()
  const run = spawnSync(process.execPath, [CLI, 'build', CORPUS, '--out', join(OUT, name), '--stats', ...args], {cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26})
  const seconds = (performance.now() - started) / 1000
  const line = run.stderr.split('\n').find((l) => l.startsWith('{'))
  if (run.status !== 0 || !line) throw new Error(`build ${args.join(' ')} failed (${run.status}):\n${run.stderr}`)
  return {seconds, stats: JSON.parse(line) as Stats}
}

/** A query command from process start to answer, or why it could not run. */
function query(args: string[]): string {
  const started = performance.now()
  const run = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28})
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) return `not measured: exit ${run.status}, ${run.stderr.trim().split('\n')[0] ?? ''}`
  return `${fmt(seconds, 2)} s (${run.stdout.split('\n').length - 1} lines of output)`
}

function main(): void {
  const {files, bytes} = makeCorpus()
  const size = mb(bytes)
  const lines: string[] = []
  const say = (s: string) => {
    lines.push(s)
    process.stdout.write(`${s}\n`)
  }
  say(`machine: ${availableParallelism()} cores, node ${process.version}`)
  say(`corpus: ${files.length} files, ${fmt(size)} MB (copies of corpus/ in ${CORPUS})`)

  const bare = bareParse(files)
  say(`bare remark-parse, one thread:      ${fmt(bare)} s   ${fmt(size / bare, 2)} MB/s`)

  const single = build('single', ['--workers', '1', '--no-cache'])
  const s = single.stats
  say(`full pipeline, one thread:          ${fmt(single.seconds)} s   ${fmt(size / single.seconds, 2)} MB/s   ratio to bare parse ${fmt(single.seconds / bare, 2)}×`)
  say(`  stages: per-document ${fmt(s.ms.parse / 1000)} s (${fmt(s.ms.parse / 1000 / bare, 2)}× bare), cross-document ${fmt(s.ms.link / 1000)} s, writing ${fmt(s.ms.write / 1000)} s; peak RSS ${fmt(mb(s.maxRSS), 0)} MB`)

  const cache = ['--cache', join(OUT, 'cache')]
  const cold = build('all', cache)
  const c = cold.stats
  say(`build, all cores (${c.workers} workers), cold: ${fmt(cold.seconds)} s   ${fmt(size / cold.seconds, 2)} MB/s   peak RSS ${fmt(mb(c.maxRSS), 0)} MB`)
  say(`  stages: per-document ${fmt(c.ms.parse / 1000)} s, cross-document ${fmt(c.ms.link / 1000)} s, writing ${fmt(c.ms.write / 1000)} s`)

  const warm = build('all', cache)
  say(`build, warm (unchanged input):      ${fmt(warm.seconds, 2)} s   up to date: ${warm.stats.upToDate}, reused ${warm.stats.reused}/${warm.stats.files}   peak RSS ${fmt(mb(warm.stats.maxRSS), 0)} MB`)

  rmSync(join(OUT, 'all', 'kb.json'))
  const rebuilt = build('all', cache)
  const r = rebuilt.stats
  say(`build, warm, kb.json deleted:       ${fmt(rebuilt.seconds)} s   reused ${r.reused}/${r.files}, parsed ${r.parsed}; writing ${fmt(r.ms.write / 1000)} s   peak RSS ${fmt(mb(r.maxRSS), 0)} MB`)

  const kb = join(OUT, 'all', 'kb.json')
  say(`reskb search 公约:                  ${query(['search', '公约', '--kb', kb])}`)
  say(`reskb show CTOC/COP/RES/9/1:        ${query(['show', 'CTOC/COP/RES/9/1', '--kb', kb])}`)

  const peak = Math.max(s.maxRSS, c.maxRSS, warm.stats.maxRSS, r.maxRSS)
  say(`targets: full/bare ≤ 2× ${single.seconds / bare <= 2 ? 'met' : 'MISSED'}; warm < 2 s ${warm.seconds < 2 ? 'met' : 'MISSED'}; peak RSS < 1 GB ${peak < 1e9 ? 'met' : `MISSED (${fmt(mb(peak), 0)} MB)`}`)
  // About 1 GB of copies, outputs and cache: not worth keeping.
  rmSync(OUT, {recursive: true, force: true})
}

main()
