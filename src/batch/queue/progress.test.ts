import {describe, expect, it} from 'vitest'
import {queueProgress, type QueueState} from './progress.js'

describe("the coordinator's progress report", () => {
  const run = (isTTY: boolean) => {
    let clock = 0
    const written: string[] = []
    const state: QueueState = {workers: new Set(), redone: 0}
    const progress = queueProgress(3, state, {isTTY, write: (t: string) => written.push(t)}, 10_000, () => clock)
    state.workers.add('a:1')
    clock = 1000
    progress.file(2_000_000, false)
    clock = 5000
    progress.tick()
    state.workers.add('b:2')
    state.redone = 1
    clock = 12_000
    progress.tick()
    progress.file(1_000_000, true)
    clock = 20_000
    progress.file(1_000_000, false)
    progress.stage('writing')
    progress.done()
    return written
  }

  it('writes a line per interval into a log, and the last line at the end', () => {
    expect(run(false)).toEqual([
      'reskb build: 1/3 files · 2.00 MB/s · 1 worker seen · 0 refused\n',
      'reskb build: 1/3 files · 2.00 MB/s · 2 workers seen · 1 given back and redone · 0 refused\n',
      'reskb build: 3/3 files · 0.20 MB/s · 2 workers seen · 1 given back and redone · 1 refused\n'
    ])
  })

  it('redraws one line on a terminal and leaves the last one', () => {
    const written = run(true)
    expect(written.every((t, i) => t.startsWith('\r\x1b[K') || i === written.length - 1)).toBe(true)
    expect(written.at(-1)).toBe('reskb build: 3/3 files · 0.20 MB/s · 2 workers seen · 1 given back and redone · 1 refused\n')
  })
})
