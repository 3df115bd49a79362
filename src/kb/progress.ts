/**
 * A one-line progress report for long builds: files done, MB/s, errors so
 * far. Only on a terminal; redirected or piped stderr stays quiet, so logs
 * and tests see the summary line and nothing else.
 */

export interface Progress {
  /** one file finished: its size, and whether it was refused */
  file(bytes: number, refused: boolean): void
  /** a stage after the files ("linking", "writing") */
  stage(name: string): void
  /** clears the line */
  done(): void
}

export interface ProgressStream {
  isTTY?: boolean
  write(text: string): unknown
}

const REDRAW_MS = 100

export function createProgress(total: number, stream: ProgressStream = process.stderr, now: () => number = () => performance.now()): Progress {
  if (!stream.isTTY) return {file: () => {}, stage: () => {}, done: () => {}}
  const started = now()
  let files = 0
  let bytes = 0
  let refused = 0
  let drawn = -Infinity
  const draw = (text: string): void => {
    stream.write(`\r\x1b[K${text}`)
    drawn = now()
  }
  return {
    file(size, bad) {
      files++
      bytes += size
      if (bad) refused++
      if (now() - drawn < REDRAW_MS && files < total) return
      const seconds = Math.max((now() - started) / 1000, 1e-3)
      draw(`reskb build: ${files}/${total} files · ${(bytes / 1e6 / seconds).toFixed(1)} MB/s · ${refused} refused`)
    },
    stage(name) {
      draw(`reskb build: ${files}/${total} files · ${name}…`)
    },
    done() {
      stream.write('\r\x1b[K')
    }
  }
}
