/**
 * `reskb build --queue URL`: the parse step of kb/batch.ts on a BullMQ queue.
 * The files that are not cached become one job each (content hash and path);
 * workers anywhere (worker.ts) parse them and leave each result in Redis;
 * the coordinator takes every result out as its completion event arrives and
 * hands it to the batch exactly as a local worker thread's result, so the
 * cache, the cross-document stages and the writers are those of a local
 * build and so is every output byte.
 */
import {randomUUID} from 'node:crypto'
import {resolve} from 'node:path'
import {Queue, QueueEvents} from 'bullmq'
import type {Parser, ParseJob} from '../../kb/batch.js'
import type {Progress, ProgressStream} from '../../kb/progress.js'
import {pipelineFingerprint} from '../../kb/version.js'
import {ATTEMPTS, QUEUE_FAILED, QueueError, decodeResult, queueName, resultKey, sha256, type FileJob, type JobDone} from './protocol.js'
import {queueProgress, type QueueState} from './progress.js'
import {connectRedis, redisOptions, shownUrl} from './redis-url.js'

export interface QueueBuild {
  parse: Parser
  progress: (files: number) => Progress
}

export interface QueueBuildOptions {
  /** default: pipelineFingerprint(), as the batch's cache keys */
  fingerprint?: string
  stream?: ProgressStream
  /** how often the worker list is read, and the report drawn off a terminal */
  pollMs?: number
  reportMs?: number
}

/** Jobs are added in batches of this many: one round trip each. */
const ADD_BATCH = 500
const EMPTY = new Uint8Array(0)

export function queueBuild(url: string, options: QueueBuildOptions = {}): QueueBuild {
  redisOptions(url) // a bad URL fails before any file is read
  const state: QueueState = {workers: new Set(), redone: 0}
  const stream = options.stream ?? process.stderr
  let report: ReturnType<typeof queueProgress> | undefined
  const parse: Parser = async (take, sink) => {
    const first = take()
    // Everything cached: no queue needed.
    if (!first) return 0
    const redis = await connectRedis(url)
    const connection = redisOptions(url)
    const name = queueName(options.fingerprint ?? pipelineFingerprint())
    const queue = new Queue<FileJob, JobDone>(name, {connection})
    // Listen from the server's now: no completion of ours can come before it.
    const [seconds, micros] = await redis.time()
    const events = new QueueEvents(name, {connection, lastEventId: `${Number(seconds) * 1000 + Math.floor(Number(micros) / 1000)}-0`})
    const build = randomUUID()
    const pending = new Map<string, ParseJob>()
    let fail: (error: Error) => void = () => {}
    let finish: () => void = () => {}
    const finished = new Promise<void>((ok, ko) => ((finish = ok), (fail = ko)))
    // Results are taken one at a time, in event order.
    let chain = Promise.resolve()
    const later = (step: () => Promise<void> | void): void => {
      chain = chain.then(step).catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))))
    }
    let enqueued = false
    const settled = (id: string): void => {
      pending.delete(id)
      if (enqueued && pending.size === 0) finish()
    }
    const watch = setInterval(() => {
      report?.tick()
      queue.getWorkers().then((list) => list.forEach((w) => w.name && state.workers.add(w.name)), () => {})
    }, options.pollMs ?? 1000)
    try {
      events.on('completed', ({jobId, returnvalue}) => {
        const job = pending.get(jobId)
        if (!job) return
        later(async () => {
          const key = resultKey(name, jobId)
          const bytes = await redis.getBuffer(key)
          if (bytes === null) {
            sink.refuse(job, {path: job.path, ruleId: QUEUE_FAILED, message: 'the worker’s result is no longer in Redis (expired or evicted)'})
          } else {
            await redis.del(key)
            sink.store(job, decodeResult(bytes))
          }
          const done = returnvalue as unknown as JobDone | undefined
          if (done?.worker) state.workers.add(done.worker)
          settled(jobId)
        })
      })
      events.on('failed', ({jobId, failedReason}) => {
        const job = pending.get(jobId)
        if (!job) return
        later(() => {
          sink.refuse(job, {path: job.path, ruleId: QUEUE_FAILED, message: `the workers failed on this file ${ATTEMPTS} times: ${failedReason}`})
          settled(jobId)
        })
      })
      events.on('stalled', ({jobId}) => {
        if (pending.has(jobId)) state.redone++
      })
      // Lost connections are retried by ioredis; a build that cannot go on shows it by waiting.
      events.on('error', () => {})
      queue.on('error', () => {})
      await events.waitUntilReady()

      let batch: {name: 'file'; data: FileJob; opts: {jobId: string; attempts: number; removeOnComplete: true; removeOnFail: true}}[] = []
      const flush = async (): Promise<void> => {
        if (batch.length === 0) return
        await queue.addBulk(batch)
        batch = []
      }
      let count = 0
      for (let job: ParseJob | undefined = first; job; job = take()) {
        const id = `${build}-${job.index}`
        // The bytes are the worker's to read: only their hash is kept here.
        pending.set(id, {...job, bytes: EMPTY})
        batch.push({
          name: 'file',
          data: {file: resolve(job.path), path: job.path, sha256: sha256(job.bytes), bytes: job.bytes.length},
          opts: {jobId: id, attempts: ATTEMPTS, removeOnComplete: true, removeOnFail: true}
        })
        count++
        if (batch.length >= ADD_BATCH) await flush()
      }
      await flush()
      stream.write(`reskb build: ${count} files queued on ${name} at ${shownUrl(url)}; waiting for workers (reskb worker --queue URL)\n`)
      enqueued = true
      if (pending.size === 0) finish()
      await finished
      await chain
      return state.workers.size
    } catch (error) {
      throw new QueueError(`queue ${name} at ${shownUrl(url)}: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      clearInterval(watch)
      // A build that stops early takes its waiting jobs back.
      await Promise.allSettled([...pending.keys()].map((id) => queue.remove(id)))
      await events.close()
      await queue.close()
      redis.disconnect()
    }
  }
  return {parse, progress: (files) => (report = queueProgress(files, state, stream, options.reportMs))}
}
