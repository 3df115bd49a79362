/**
 * `reskb build` on files and folders: the same output files as
 * writeOutputs(buildKnowledgeBase(…)), byte for byte, made without holding
 * the corpus's trees.
 *
 * 1. Every input is read and hashed into its cache key. When the keys are
 *    those of the last build into the same folder and its files are
 *    untouched, that build stands and nothing is written.
 * 2. A file whose result is cached is not parsed; the others go to a pool of
 *    worker threads, each returning the document's kb.json fragment and
 *    skeleton (worker.ts). Results are stored by input index and sorted by
 *    path as build.ts sorts them, so scheduling never shows in the output.
 *    Each result's search terms (counted by the worker) are interned into
 *    the search index builder as they arrive.
 * 3. The cross-document stages run on the skeletons, and write.ts streams
 *    kb.json from the fragments.
 */
import {createHash} from 'node:crypto'
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {parseInput} from './build.js'
import {CacheDamage, DocumentCache} from './cache.js'
import {collectInputs, displayPath, readInput} from './files.js'
import {linkReferences} from './link.js'
import type {Progress} from './progress.js'
import {linkRecurrence} from './recurrence.js'
import type {InputErrorRecord} from './schema.js'
import {pipelineFingerprint} from './version.js'
import {SearchIndexBuilder, type InternedTerms} from '../query/build.js'
import {decodeParagraphTerms} from '../query/terms.js'
import {processFile, searchOf, withSearch, WORKER_FLAG, type Encoded, type Header, type Job} from './worker.js'
import {writeStreamedOutputs, type StreamedDocument} from './write.js'
import {killPoint} from './kill-point.js'
import {checkReplaceable, lockOutput, type Lock} from './transaction.js'

export interface BatchOptions {
  /** cache folder, or null to build without one */
  cache: string | null
  /** worker threads (default: one per core, at most one per file); 1 parses in this thread */
  workers?: number
  /** makes the progress report, given the number of files */
  progress?: (files: number) => Progress
  /** what cache keys are made with (default: pipelineFingerprint()) */
  fingerprint?: string
  /** time one file may take in a worker before it is refused with reskb:timeout (default: TIME_BUDGET_MS) */
  timeBudgetMs?: number
  /** parses the files that are not cached (default: worker threads here); batch/queue/ hands them to a job queue */
  parse?: Parser
}

/** A file's time budget in a worker: far above what the largest input takes (a few seconds), far below a hang. */
export const TIME_BUDGET_MS = 120_000

/** Something the build met that is not an input's fault, said on stderr with a rule id (cache damage). */
export interface BuildNotice {
  file: string
  ruleId: string
  message: string
}

/**
 * Parses every job take() hands out and gives each result to the sink;
 * returns how many workers took part. Results may come in any order.
 */
export type Parser = (take: () => ParseJob | undefined, sink: ParseSink) => Promise<number>

export interface ParseSink {
  /** a file's result, as processFile() returns it (worker.ts) */
  store(job: ParseJob, encoded: Encoded): void
  /** a file nobody could parse, with the reason: a refusal that is not cached */
  refuse(job: ParseJob, error: InputErrorRecord): void
}

export interface BatchStats {
  files: number
  /** input files found by the walk (files counts the missing paths too) */
  found: number
  documents: number
  refused: number
  /** files parsed in this run */
  parsed: number
  /** files whose cached result was used */
  reused: number
  /** the inputs and output files were those of the last build: nothing was written */
  upToDate: boolean
  /** a new generation of the output folder was switched in (false: up to date, or nothing could be built) */
  written: boolean
  bytes: number
  workers: number
  ms: {parse: number; link: number; write: number; total: number}
  /** resident set size at the end of each stage, in bytes */
  rss: {parse: number; link: number; write: number}
}

export interface BatchResult {
  errors: InputErrorRecord[]
  notices: BuildNotice[]
  stats: BatchStats
}

/** An input after step 1: its recorded path and cache key, or the reason it cannot be read. */
interface Scanned {
  file: string
  path: string
  key: string | null
  bytes: number
  unreadable?: Error
}

export type ParseJob = Job & {key: string | null}

const silent: Progress = {file: () => {}, stage: () => {}, done: () => {}}

/** Builds `paths` into `out`, holding the output folder's lock from the first input read to the switch. */
export async function buildFolder(paths: string[], out: string, options: BatchOptions): Promise<BatchResult> {
  checkReplaceable(out)
  const lock = lockOutput(out)
  try {
    return await buildLocked(paths, out, options, lock)
  } finally {
    lock.release()
  }
}

async function buildLocked(paths: string[], out: string, options: BatchOptions, lock: Lock): Promise<BatchResult> {
  const started = performance.now()
  // The output folder and the cache are never inputs (`reskb build .` twice).
  const {files, missing} = collectInputs(paths, {exclude: [out, ...(options.cache === null ? [] : [options.cache])]})
  const progress = options.progress?.(files.length) ?? silent
  const cache = options.cache === null ? null : new DocumentCache(options.cache, options.fingerprint ?? pipelineFingerprint())
  const stats: BatchStats = {
    files: files.length + missing.length,
    found: files.length,
    documents: 0,
    refused: 0,
    parsed: 0,
    reused: 0,
    upToDate: false,
    written: false,
    bytes: 0,
    workers: 0,
    ms: {parse: 0, link: 0, write: 0, total: 0},
    rss: {parse: 0, link: 0, write: 0}
  }
  const notices: BuildNotice[] = []
  const damaged = (d: CacheDamage): void => {
    notices.push({file: d.file, ruleId: 'reskb:cache-damaged', message: `cache entry discarded (${d.reason}); its file is parsed again`})
  }
  const finish = (errors: InputErrorRecord[]): BatchResult => {
    progress.done()
    stats.refused = errors.length
    stats.ms.total = performance.now() - started
    return {errors, notices, stats}
  }
  cache?.clean()

  // 1. Keys, and the last build's record.
  const scanned = files.map((file) => scan(file, cache))
  const buildKey = cache && missing.length === 0 && scanned.every((s) => s.key !== null) ? inputsKey(scanned) : null
  const last = buildKey === null ? undefined : cache!.lastBuild(out, buildKey)
  if (last) {
    Object.assign(stats, {upToDate: true, reused: files.length, documents: last.documents, bytes: scanned.reduce((n, s) => n + s.bytes, 0)})
    return finish(last.errors)
  }

  // 2. Cached results, and the pool for the rest.
  const results: {header: Header; fragment: () => Uint8Array; terms?: InternedTerms}[] = new Array(files.length)
  // Search terms are interned as they arrive; the index is laid out in document order when written.
  const searchIndex = new SearchIndexBuilder()
  const settle = (index: number, header: Header, fragment: () => Uint8Array, bytes: number, search?: Uint8Array): void => {
    const terms = search ? searchIndex.intern(decodeParagraphTerms(search)) : undefined
    results[index] = {header, fragment, terms}
    stats.bytes += bytes
    progress.file(bytes, !header.ok)
  }
  const store = (job: ParseJob, encoded: Encoded): void => {
    stats.parsed++
    killPoint('parse')
    let fragment: () => Uint8Array
    const entry = cache && job.key !== null ? putQuietly(cache, job.key, encoded) : undefined
    if (cache && entry && job.key !== null) {
      const key = job.key
      fragment = () => cache.fragment(key, entry.fragmentAt)
    } else {
      const kept = encoded.fragment
      fragment = () => kept
    }
    const header = JSON.parse(encoded.header) as Header
    settle(job.index, header, fragment, scanned[job.index].bytes, searchOf(encoded, header))
  }
  const refuse = (job: ParseJob, error: InputErrorRecord): void => settle(job.index, {ok: false, error}, () => new Uint8Array(0), scanned[job.index].bytes)
  let next = 0
  // The next input to parse, settling cached and unreadable ones on the way.
  const take = (): ParseJob | undefined => {
    while (next < scanned.length) {
      const index = next++
      const s = scanned[index]
      const hit = s.key === null ? undefined : cache?.get(s.key, damaged)
      const header = hit ? headerOf(hit.header) : undefined
      if (hit && header && s.key !== null) {
        const key = s.key
        stats.reused++
        settle(index, header, () => cache!.fragment(key, hit.fragmentAt), s.bytes, searchOf({}, header))
        continue
      }
      if (hit && !header) damaged(new CacheDamage(s.path, 'its header is not a parse result'))
      // Read again rather than held since step 1; the key is taken again from what is parsed.
      let bytes: Uint8Array | Error
      try {
        bytes = s.unreadable ?? readInput(s.file)
      } catch (error) {
        bytes = error instanceof Error ? error : new Error(String(error))
      }
      if (bytes instanceof Error) {
        const outcome = parseInput({path: s.path, bytes})
        if (!outcome.ok) settle(index, {ok: false, error: outcome.error}, () => new Uint8Array(0), 0)
        continue
      }
      return {index, path: s.path, bytes, key: cache?.key(s.path, bytes) ?? null}
    }
    return undefined
  }
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length))
  const parse: Parser = options.parse ?? ((next, sink) => parseAll(next, sink.store, workers, options.timeBudgetMs ?? TIME_BUDGET_MS))
  stats.workers = await parse(take, {store, refuse})
  stats.ms.parse = performance.now() - started
  stats.rss.parse = process.memoryUsage.rss()

  // 3. As assembleKnowledgeBase (build.ts) does it: sort, link; then write.
  const documents: StreamedDocument[] = []
  const errors: InputErrorRecord[] = []
  for (const r of results) {
    if (r.header.ok) documents.push({skeleton: r.header.skeleton, patches: r.header.patches, fragment: r.fragment, terms: r.terms})
    else errors.push(r.header.error)
  }
  results.length = 0
  for (const path of missing) {
    const outcome = parseInput({path: displayPath(path), bytes: new Error('no such file or folder, or it cannot be listed')})
    if (!outcome.ok) errors.push(outcome.error)
  }
  documents.sort((a, b) => compare(a.skeleton.source.path, b.skeleton.source.path))
  errors.sort((a, b) => compare(a.path, b.path))
  progress.stage('linking')
  const linkStarted = performance.now()
  const skeletons = documents.map((d) => d.skeleton)
  linkRecurrence(skeletons)
  linkReferences(skeletons)
  stats.ms.link = performance.now() - linkStarted
  stats.rss.link = process.memoryUsage.rss()

  // Nothing built (every input refused, or none found): the output folder keeps the last good build.
  if (documents.length === 0) return finish(errors)
  killPoint('write')
  progress.stage('writing')
  const writeStarted = performance.now()
  const manifest = await writeStreamedOutputs(out, documents, errors, searchIndex, lock)
  stats.written = true
  stats.ms.write = performance.now() - writeStarted
  stats.rss.write = process.memoryUsage.rss()
  stats.documents = documents.length
  if (cache) {
    if (buildKey !== null) cache.recordBuild(out, buildKey, manifest.generation, documents.length, errors)
    cache.prune()
  }
  return finish(errors)
}

function scan(file: string, cache: DocumentCache | null): Scanned {
  const path = displayPath(file)
  try {
    const bytes = readInput(file)
    return {file, path, key: cache?.key(path, bytes) ?? null, bytes: bytes.length}
  } catch (error) {
    return {file, path, key: null, bytes: 0, unreadable: error instanceof Error ? error : new Error(String(error))}
  }
}

/** A cached header, or undefined when it is not one (then the file is parsed again). */
function headerOf(text: string): Header | undefined {
  try {
    const header = JSON.parse(text) as Header
    if (header.ok === true ? Array.isArray(header.patches) && typeof header.skeleton === 'object' && header.skeleton !== null : header.ok === false && typeof header.error === 'object') return header
  } catch {
    // garbage: not a header
  }
  return undefined
}

/** Stores a result in the cache; a cache that cannot be written only costs a parse next time. */
function putQuietly(cache: DocumentCache, key: string, encoded: Encoded): {fragmentAt: number} | undefined {
  try {
    return cache.put(key, withSearch(encoded))
  } catch {
    return undefined
  }
}

function inputsKey(scanned: Scanned[]): string {
  const hash = createHash('sha256')
  for (const s of scanned) hash.update(`${s.key}\0`)
  return hash.digest('hex')
}

/**
 * Parses every job take() hands out, on `workers` threads (or here when 1);
 * returns how many threads it started. A file that takes longer than
 * `budgetMs` in a worker is refused with reskb:timeout: its worker is
 * stopped and the lane goes on with a new one.
 */
async function parseAll(take: () => ParseJob | undefined, store: (job: ParseJob, encoded: Encoded) => void, workers: number, budgetMs: number): Promise<number> {
  if (workers <= 1) {
    for (let job = take(); job; job = take()) store(job, processFile(job))
    return 0
  }
  let started = 0
  let failed = false
  const lane = async (): Promise<void> => {
    let job = failed ? undefined : take()
    if (!job) return
    // Started only when there is something to parse: a warm build starts none.
    let worker = startWorker()
    started++
    try {
      while (job) {
        const encoded = await run(worker, job, budgetMs)
        if (encoded === TIMED_OUT) {
          await worker.terminate()
          worker = startWorker()
          started++
          store(job, timedOut(job, budgetMs))
        } else {
          store(job, encoded)
        }
        job = failed ? undefined : take()
      }
    } catch (error) {
      failed = true
      throw error
    } finally {
      await worker.terminate()
    }
  }
  await Promise.all(Array.from({length: workers}, lane))
  return started
}

export const TIMED_OUT = Symbol('timed out')

function timedOut(job: ParseJob, budgetMs: number): Encoded {
  const error: InputErrorRecord = {path: job.path, ruleId: 'reskb:timeout', message: `the file took more than ${budgetMs / 1000} s to parse and was stopped`}
  return {header: JSON.stringify({ok: false, error} satisfies Header), fragment: new Uint8Array(0)}
}

/**
 * From dist/ the worker is worker.js. From sources (vitest, tsx) it is
 * worker.ts, which plain Node cannot load; `execArgv: ['--import', 'tsx']`
 * does not reach a worker's entry module on Node 20, so a two-line
 * bootstrap registers tsx's ESM hooks in the thread first.
 * A parse makes a tree that dies with it: a young generation of 96 MB lets
 * it die there (measured on the 50 MB bench corpus: parse stage 22 s with
 * the default, 15.5 s with 96 MB, 14.5 s with 192 MB).
 */
export function startWorker(): Worker {
  const options = {workerData: WORKER_FLAG, resourceLimits: {maxYoungGenerationSizeMb: 96}}
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), options)
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  const entry = JSON.stringify(new URL('./worker.ts', import.meta.url).href)
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}) })`, {...options, eval: true})
}

export function run(worker: Worker, job: Job, budgetMs: number = TIME_BUDGET_MS): Promise<Encoded | typeof TIMED_OUT> {
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined
    const done = (): void => {
      clearTimeout(timer)
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
    }
    const onMessage = (message: {index: number; encoded: Encoded} | {index: number; started: true}): void => {
      if ('started' in message) {
        timer = setTimeout(() => {
          done()
          resolve(TIMED_OUT)
        }, budgetMs)
        return
      }
      done()
      resolve(message.encoded)
    }
    const onError = (error: Error): void => {
      done()
      reject(new Error(`a parse worker failed on ${job.path}: ${error.message}`))
    }
    const onExit = (code: number): void => {
      done()
      reject(new Error(`a parse worker stopped (exit ${code}) on ${job.path}`))
    }
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    worker.postMessage({index: job.index, path: job.path, bytes: job.bytes} satisfies Job)
  })
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
