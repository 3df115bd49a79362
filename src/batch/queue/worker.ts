/**
 * `reskb worker --queue URL`: takes file jobs from the build's queue, runs
 * the per-document pipeline on worker threads (kb/batch.ts's, one per job
 * in flight) and leaves each result in Redis for the coordinator. The
 * pipeline runs off the main thread so that BullMQ can renew the job's lock
 * however long a file takes; a worker that dies holding a job stops renewing
 * it, and BullMQ's stalled-job check gives the job to another worker.
 */
import {readFileSync} from 'node:fs'
import {hostname} from 'node:os'
import type {Worker as Thread} from 'node:worker_threads'
import {Worker, type Job} from 'bullmq'
import {TIMED_OUT, run, startWorker} from '../../kb/batch.js'
import {pipelineFingerprint} from '../../kb/version.js'
import {MAX_STALLS, RESULT_TTL_SECONDS, encodeResult, queueName, resultKey, sha256, type FileJob, type JobDone} from './protocol.js'
import {connectRedis, redisOptions} from './redis-url.js'

export interface QueueWorkerOptions {
  /** jobs in flight, one thread each */
  concurrency: number
  /** how long a job stays taken by a worker that stopped renewing it (BullMQ's lock duration and stall check) */
  stallMs?: number
  name?: string
  fingerprint?: string
  log?: (line: string) => void
}

export interface QueueWorker {
  name: string
  queue: string
  counts: {done: number; failed: number}
  /** finishes the jobs in flight, then disconnects */
  close(): Promise<void>
}

const DEFAULT_STALL_MS = 30_000

export async function startQueueWorker(url: string, options: QueueWorkerOptions): Promise<QueueWorker> {
  const redis = await connectRedis(url)
  const queue = queueName(options.fingerprint ?? pipelineFingerprint())
  const name = options.name ?? `${hostname()}:${process.pid}`
  const log = options.log ?? (() => {})
  const counts = {done: 0, failed: 0}
  const idle: Thread[] = []
  const hold = Number(process.env.RESKB_WORKER_HOLD_MS ?? 0)

  const processor = async (job: Job<FileJob, JobDone>): Promise<JobDone> => {
    const {file, path} = job.data
    // Test hook: sit on the job so that a test can kill this worker while it holds one.
    if (hold > 0) {
      log(`reskb worker ${name}: holding ${path} for ${hold} ms (RESKB_WORKER_HOLD_MS)`)
      await new Promise((ok) => setTimeout(ok, hold))
    }
    let bytes: Uint8Array
    try {
      bytes = readFileSync(file)
    } catch (error) {
      throw new Error(`cannot read ${file} on ${name}: ${error instanceof Error ? error.message : String(error)}`)
    }
    if (sha256(bytes) !== job.data.sha256) throw new Error(`${file} on ${name} is not the file the build hashed (it changed, or this machine sees another file there)`)
    const thread = idle.pop() ?? startWorker()
    let encoded
    try {
      encoded = await run(thread, {index: 0, path, bytes})
    } catch (error) {
      void thread.terminate()
      throw error
    }
    if (encoded === TIMED_OUT) {
      // Its thread is stuck in the file: stopped, and the job fails (a file that always times out is refused after its attempts).
      void thread.terminate()
      throw new Error(`${file} took more than the time budget to parse on ${name}`)
    }
    idle.push(thread)
    await redis.set(resultKey(queue, job.id!), encodeResult(encoded), 'EX', RESULT_TTL_SECONDS)
    return {worker: name}
  }

  const stallMs = options.stallMs ?? DEFAULT_STALL_MS
  const worker = new Worker<FileJob, JobDone>(queue, processor, {
    connection: redisOptions(url),
    concurrency: options.concurrency,
    name,
    lockDuration: stallMs,
    stalledInterval: stallMs,
    maxStalledCount: MAX_STALLS
  })
  worker.on('completed', () => counts.done++)
  worker.on('failed', (job, error) => {
    counts.failed++
    log(`reskb worker ${name}: ${job?.data.path ?? '?'}: ${error.message}`)
  })
  worker.on('error', (error) => log(`reskb worker ${name}: ${error.message}`))
  await worker.waitUntilReady()
  return {
    name,
    queue,
    counts,
    async close() {
      await worker.close()
      await Promise.all(idle.splice(0).map((t) => t.terminate()))
      redis.disconnect()
    }
  }
}
