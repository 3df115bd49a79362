/**
 * The coordinator's report on stderr: files done, MB/s, workers seen, jobs
 * given back by a worker that died and redone. A distributed build runs for
 * hours and usually into a log, so it reports on any stream: redrawn in place
 * on a terminal, one line every `everyMs` otherwise, and a last line at the
 * end either way.
 */
import type {Progress, ProgressStream} from '../../kb/progress.js'

/** What the coordinator knows of the queue, updated as events arrive. */
export interface QueueState {
  workers: Set<string>
  redone: number
}

export function queueProgress(
  total: number,
  state: QueueState,
  stream: ProgressStream = process.stderr,
  everyMs = 10_000,
  now: () => number = () => performance.now()
): Progress & {tick(): void} {
  const started = now()
  let files = 0
  let bytes = 0
  let refused = 0
  let drawn = -Infinity
  // MB/s of the parse: up to the last file, not through linking and writing.
  let lastFile = started
  const line = (): string => {
    const seconds = Math.max((lastFile - started) / 1000, 1e-3)
    const redone = state.redone > 0 ? ` · ${state.redone} given back and redone` : ''
    return `reskb build: ${files}/${total} files · ${(bytes / 1e6 / seconds).toFixed(2)} MB/s · ${state.workers.size} ${state.workers.size === 1 ? 'worker' : 'workers'} seen${redone} · ${refused} refused`
  }
  const draw = (text: string): void => {
    stream.write(stream.isTTY ? `\r\x1b[K${text}` : `${text}\n`)
    drawn = now()
  }
  const interval = stream.isTTY ? 100 : everyMs
  return {
    file(size, bad) {
      files++
      bytes += size
      if (bad) refused++
      lastFile = now()
      if (now() - drawn >= interval) draw(line())
    },
    /** redraws when due, so that a build waiting for workers still reports */
    tick() {
      if (now() - drawn >= interval) draw(line())
    },
    stage(name) {
      if (stream.isTTY) draw(`${line()} · ${name}…`)
    },
    done() {
      if (stream.isTTY) stream.write('\r\x1b[K')
      stream.write(`${line()}\n`)
    }
  }
}
