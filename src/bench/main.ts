/**
 * `npm run bench [-- --size MB[,MB…]]`: how the build scales. For each size
 * (default 5, 50 and 500 MB) a synthetic corpus of copies of corpus/ under
 * distinct names is made in bench-out/ (removed when measured), and measured:
 * bare remark-parse, the full pipeline on one thread, the build on all cores
 * (cold; warm on unchanged input; warm with kb.json deleted), peak RSS of
 * each build, and `reskb search` / `show` / `refs --to` from process start to
 * answer on the result. Builds run as child processes of the real CLI; their
 * figures come from its hidden `--stats`. It ends with the scaling table and
 * the targets, met or missed.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import type {BatchStats} from '../kb/batch.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CLI = join(ROOT, 'dist/cli/main.js')
const OUT = join(ROOT, 'bench-out')
const DEFAULT_SIZES = [5, 50, 500]
/** Each query runs this many times; the median is reported. */
const QUERY_RUNS = 3
const QUERIES: {name: string; args: string[]}[] = [
  {name: 'search 公约', args: ['search', '公约']},
  {name: 'show CTOC/COP/RES/9/1', args: ['show', 'CTOC/COP/RES/9/1']},
  {name: 'refs --to UNTOC/art32', args: ['refs', '--to', 'UNTOC/art32']}
]

type Stats = BatchStats & {maxRSS: number}

interface Build {
  seconds: number
  stats: Stats
}

interface Measured {
  size: number
  files: number
  bare: number
  single: Build
  cold: Build
  warm: Build
  rebuilt: Build
  /** median seconds per query, or why it could not run */
  queries: (number | string)[]
}

const mb = (bytes: number) => bytes / 1e6
const fmt = (n: number, digits = 1) => n.toFixed(digits)

function makeCorpus(dir: string, targetMb: number): {files: string[]; bytes: number} {
  mkdirSync(dir, {recursive: true})
  const sources = readdirSync(join(ROOT, 'corpus')).filter((f) => /\.(txt|md)$/.test(f)).sort()
  const files: string[] = []
  let bytes = 0
  for (let copy = 0; mb(bytes) < targetMb; copy++) {
    for (const source of sources) {
      const target = join(dir, `c${String(copy).padStart(5, '0')}_${source}`)
      copyFileSync(join(ROOT, 'corpus', source), target)
      bytes += statSync(target).size
      files.push(target)
    }
  }
  return {files, bytes}
}

/** remark-parse alone, each file as one document, in this process; reading is not timed. */
function bareParse(files: string[]): number {
  const parser = unified().use(remarkParse)
  let ms = 0
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const started = performance.now()
    parser.parse(text)
    ms += performance.now() - started
  }
  return ms / 1000
}

/** `reskb build` as a child process; wall seconds and its --stats line. */
function build(corpus: string, out: string, args: string[]): Build {
  const started = performance.now()
  const run = spawnSync(process.execPath, [CLI, 'build', corpus, '--out', out, '--stats', ...args], {cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26})
  const seconds = (performance.now() - started) / 1000
  const line = run.stderr.split('\n').find((l) => l.startsWith('{'))
  if (run.status !== 0 || !line) throw new Error(`build ${args.join(' ')} failed (${run.status}):\n${run.stderr}`)
  return {seconds, stats: JSON.parse(line) as Stats}
}

/** A query command from process start to answer: the median of QUERY_RUNS, or why it could not run. */
function query(args: string[]): number | string {
  const times: number[] = []
  for (let i = 0; i < QUERY_RUNS; i++) {
    const started = performance.now()
    const run = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28})
    times.push((performance.now() - started) / 1000)
    if (run.status !== 0) return `exit ${run.status}: ${run.stderr.trim().split('\n')[0] ?? ''}`
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
}

function measure(targetMb: number, say: (s: string) => void): Measured {
  const dir = join(OUT, `${targetMb}mb`)
  rmSync(dir, {recursive: true, force: true})
  const corpus = join(dir, 'corpus')
  const {files, bytes} = makeCorpus(corpus, targetMb)
  const size = mb(bytes)
  say(`\n${fmt(size)} MB: ${files.length} files (copies of corpus/ in ${corpus})`)
  const bare = bareParse(files)
  say(`  bare remark-parse, one thread:   ${fmt(bare)} s   ${fmt(size / bare, 2)} MB/s`)

  const single = build(corpus, join(dir, 'single'), ['--workers', '1', '--no-cache'])
  const s = single.stats
  say(`  full pipeline, one thread:       ${fmt(single.seconds)} s   ${fmt(size / single.seconds, 2)} MB/s   ${fmt(single.seconds / bare, 2)}× bare   peak RSS ${fmt(mb(s.maxRSS), 0)} MB`)
  say(`    per-document ${fmt(s.ms.parse / 1000)} s (${fmt(s.ms.parse / 1000 / bare, 2)}× bare), cross-document ${fmt(s.ms.link / 1000)} s, writing ${fmt(s.ms.write / 1000)} s`)

  const cache = ['--cache', join(dir, 'cache')]
  const all = join(dir, 'all')
  const cold = build(corpus, all, cache)
  const c = cold.stats
  say(`  all cores (${c.workers} workers), cold:     ${fmt(cold.seconds)} s   ${fmt(size / cold.seconds, 2)} MB/s   peak RSS ${fmt(mb(c.maxRSS), 0)} MB`)
  say(`    per-document ${fmt(c.ms.parse / 1000)} s, cross-document ${fmt(c.ms.link / 1000)} s, writing ${fmt(c.ms.write / 1000)} s`)
  const warm = build(corpus, all, cache)
  say(`  warm (unchanged input):          ${fmt(warm.seconds, 2)} s   up to date: ${warm.stats.upToDate}   peak RSS ${fmt(mb(warm.stats.maxRSS), 0)} MB`)
  rmSync(join(all, 'kb.json'))
  const rebuilt = build(corpus, all, cache)
  say(`  warm, kb.json deleted:           ${fmt(rebuilt.seconds)} s   reused ${rebuilt.stats.reused}/${rebuilt.stats.files}   peak RSS ${fmt(mb(rebuilt.stats.maxRSS), 0)} MB`)

  const kb = join(all, 'kb.json')
  const queries = QUERIES.map((q) => query([...q.args, '--kb', kb]))
  QUERIES.forEach((q, i) => say(`  reskb ${q.name.padEnd(24)} ${shownQuery(queries[i])}`))
  // The copies, outputs and cache are not worth keeping.
  rmSync(dir, {recursive: true, force: true})
  return {size, files: files.length, bare, single, cold, warm, rebuilt, queries}
}

const shownQuery = (q: number | string) => (typeof q === 'number' ? `${fmt(q * 1000, 0)} ms` : `not measured (${q})`)

function scalingTable(rows: Measured[]): string[] {
  const workers = rows[0]?.cold.stats.workers ?? 0
  const lines = [
    `| MB | files | bare parse | one thread | MB/s | × bare | peak RSS | all cores (${workers}) | MB/s | peak RSS | × previous size |`,
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
  ]
  rows.forEach((r, i) => {
    const growth = i === 0 ? '—' : `${fmt(r.single.seconds / rows[i - 1].single.seconds, 1)}× time for ${fmt(r.size / rows[i - 1].size, 1)}× MB`
    lines.push(
      `| ${fmt(r.size)} | ${r.files} | ${fmt(r.bare)} s | ${fmt(r.single.seconds)} s | ${fmt(r.size / r.single.seconds, 2)} | ${fmt(r.single.seconds / r.bare, 2)}× | ${fmt(mb(r.single.stats.maxRSS), 0)} MB | ${fmt(r.cold.seconds)} s | ${fmt(r.size / r.cold.seconds, 2)} | ${fmt(mb(r.cold.stats.maxRSS), 0)} MB | ${growth} |`
    )
  })
  lines.push('', `| MB | ${QUERIES.map((q) => q.name).join(' | ')} | warm build | warm, kb.json deleted |`, `|---:|${QUERIES.map(() => '---:|').join('')}---:|---:|`)
  for (const r of rows) lines.push(`| ${fmt(r.size)} | ${r.queries.map(shownQuery).join(' | ')} | ${fmt(r.warm.seconds, 2)} s | ${fmt(r.rebuilt.seconds)} s |`)
  return lines
}

/** The targets at the sizes that were measured. */
function targets(rows: Measured[]): string[] {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED')
  const near = (target: number) => rows.find((r) => Math.abs(r.size - target) / target < 0.2)
  const out: string[] = []
  for (const r of rows) {
    const ratio = r.single.seconds / r.bare
    out.push(`${fmt(r.size)} MB: pipeline ≤ 1.5× bare parse ${verdict(ratio <= 1.5)} (${fmt(ratio, 2)}×); warm < 2 s ${verdict(r.warm.seconds < 2)}`)
  }
  const rss = (r: Measured) => Math.max(r.single.stats.maxRSS, r.cold.stats.maxRSS)
  const queries = (r: Measured, limit: number) => r.queries.every((q) => typeof q === 'number' && q < limit)
  const at50 = near(50)
  const at500 = near(500)
  if (at50) out.push(`50 MB: peak RSS < 600 MB ${verdict(rss(at50) < 600e6)} (${fmt(mb(rss(at50)), 0)} MB); queries < 100 ms ${verdict(queries(at50, 0.1))}`)
  if (at500) out.push(`500 MB: peak RSS < 800 MB ${verdict(rss(at500) < 800e6)} (${fmt(mb(rss(at500)), 0)} MB); queries < 150 ms ${verdict(queries(at500, 0.15))}`)
  if (at50 && at500) {
    const growth = at500.single.seconds / at50.single.seconds
    out.push(`500 MB costs ≤ 11× 50 MB ${verdict(growth <= 11)} (${fmt(growth, 1)}×)`)
  }
  return out
}

function sizesOf(argv: string[]): number[] {
  const {values} = parseArgs({args: argv, options: {size: {type: 'string', multiple: true}}, strict: true})
  const given = (values.size ?? []).flatMap((s) => s.split(','))
  const sizes = given.length === 0 ? DEFAULT_SIZES : given.map(Number)
  const bad = given.find((s) => !(Number(s) > 0))
  if (bad !== undefined) throw new Error(`--size takes megabytes, as a positive number (got '${bad}')`)
  return [...new Set(sizes)].sort((a, b) => a - b)
}

function main(): void {
  let sizes: number[]
  try {
    sizes = sizesOf(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
    return
  }
  const say = (s: string) => process.stdout.write(`${s}\n`)
  say(`machine: ${availableParallelism()} cores, node ${process.version}; sizes ${sizes.join(', ')} MB`)
  const rows = sizes.map((size) => measure(size, say))
  rmSync(OUT, {recursive: true, force: true})
  say('\nscaling (time is wall time of `reskb build` from process start; peak RSS of the build process):\n')
  for (const line of scalingTable(rows)) say(line)
  say('\ntargets:')
  for (const line of targets(rows)) say(`  ${line}`)
}

main()
