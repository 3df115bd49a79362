import {availableParallelism} from 'node:os'
import {parse, str} from './args.js'
import type {Command} from './commands.js'
import {CliError} from './errors.js'
import {QueueError} from '../batch/queue/protocol.js'
import {shownUrl} from '../batch/queue/redis-url.js'
import {startQueueWorker} from '../batch/queue/worker.js'

const positive = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined
  if (!/^[1-9]\d*$/.test(value)) throw new CliError(`--${name} must be a positive whole number (got '${value}')`)
  return Number(value)
}

export const workerCommand: Command = {
  name: 'worker',
  summary: 'parse files for a `reskb build --queue` on this machine',
  help: `Usage: reskb worker --queue redis://HOST:PORT [--concurrency N] [--stall-ms MS]

Takes file jobs from the queue of a \`reskb build --queue\` and runs the
per-document pipeline on them, N at a time (default: one per core), leaving
each result in Redis for the build. Run any number, on any machine that sees
the inputs at the same absolute paths as the build and has the same reskb
installed (the queue is named by the pipeline's fingerprint: a worker with
other code or packages waits on another queue). Stops on Ctrl-C or SIGTERM
after finishing the files it holds.

A worker that dies holding a job gives it back after --stall-ms (default
30000; a longer file keeps its job, the lock is renewed while it runs) and
another worker redoes it; a file that fails three times is refused by the
build with the reason.`,
  async run(args) {
    const {values} = parse(args, {queue: {type: 'string'}, concurrency: {type: 'string'}, 'stall-ms': {type: 'string'}})
    const url = str(values, 'queue')
    if (url === undefined) throw new CliError('--queue redis://HOST:PORT is required')
    const concurrency = positive(str(values, 'concurrency'), 'concurrency') ?? availableParallelism()
    const stallMs = positive(str(values, 'stall-ms'), 'stall-ms')
    const log = (line: string): void => void process.stderr.write(`${line}\n`)
    let worker
    try {
      worker = await startQueueWorker(url, {concurrency, stallMs, log})
    } catch (error) {
      if (error instanceof QueueError) throw new CliError(error.message, 1)
      throw error
    }
    log(`reskb worker ${worker.name}: taking jobs from ${worker.queue} at ${shownUrl(url)} (${concurrency} at a time)`)
    const signal = await new Promise<string>((ok) => {
      process.once('SIGINT', () => ok('SIGINT'))
      process.once('SIGTERM', () => ok('SIGTERM'))
    })
    await worker.close()
    log(`reskb worker ${worker.name}: ${signal}: stopped after ${worker.counts.done} files, ${worker.counts.failed} failed attempts`)
    return 0
  }
}
