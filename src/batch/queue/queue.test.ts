/**
 * The distributed build as a user runs it: a real redis-server, `reskb build
 * --queue` and `reskb worker` processes of the built CLI (dist/, as `npm
 * test` builds it), one worker killed while it holds a job.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CORPUS_DIR, ROOT} from '../../../test/support/corpus.js'
import {filesUnder} from '../../../test/support/files.js'
import {redisOptions, shownUrl} from './redis-url.js'

const CLI = join(ROOT, 'dist/cli/main.js')
// Short enough that the killed worker's job comes back within seconds, long enough that a busy machine renews live locks.
const STALL_MS = '2000'

interface Running {
  child: ChildProcess
  stderr: () => string
  /** resolves when stderr has a line matching `pattern` */
  waitFor: (pattern: RegExp) => Promise<void>
  exited: Promise<number | null>
}

function start(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Running {
  const child = spawn(command, args, {cwd, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']})
  let text = ''
  const waiting = new Set<{pattern: RegExp; ok: () => void}>()
  const check = (): void => {
    for (const w of waiting) if (w.pattern.test(text)) (waiting.delete(w), w.ok())
  }
  child.stderr!.on('data', (chunk: Buffer) => {
    text += chunk.toString()
    check()
  })
  child.stdout!.on('data', (chunk: Buffer) => {
    text += chunk.toString()
    check()
  })
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)))
  return {
    child,
    stderr: () => text,
    waitFor: (pattern) =>
      new Promise<void>((ok, ko) => {
        const w = {pattern, ok}
        waiting.add(w)
        check()
        void exited.then(() => waiting.has(w) && ko(new Error(`exited without ${pattern}:\n${text}`)))
      }),
    exited
  }
}

function freePort(): Promise<number> {
  return new Promise((ok, ko) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : ko(new Error('no port'))))
    })
  })
}

function readAll(dir: string): Map<string, Buffer> {
  return new Map(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f))]))
}

describe('reskb build --queue with reskb worker processes', () => {
  let redis: Running
  let url: string
  let work: string
  const workers: Running[] = []
  /** everything else started, stopped at the end whatever happened */
  const others: Running[] = []
  const cli = (args: string[]): Running => {
    const run = start(process.execPath, [CLI, ...args], work)
    others.push(run)
    return run
  }

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:ts first`)
    const port = await freePort()
    redis = start('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], tmpdir())
    await redis.waitFor(/Ready to accept connections/)
    url = `redis://127.0.0.1:${port}`
    work = mkdtempSync(join(tmpdir(), 'reskb-queue-'))
    cpSync(CORPUS_DIR, join(work, 'corpus'), {recursive: true})
  })

  const stopWorkers = async (): Promise<void> => {
    for (const w of workers) w.child.kill('SIGTERM')
    await Promise.all(workers.splice(0).map((w) => w.exited))
  }

  afterAll(async () => {
    await stopWorkers()
    for (const o of others) o.child.kill('SIGKILL')
    redis?.child.kill('SIGTERM')
    await redis?.exited
    if (work) rmSync(work, {recursive: true, force: true})
  })

  const worker = (env: Record<string, string> = {}): Running => {
    const w = start(process.execPath, [CLI, 'worker', '--queue', url, '--concurrency', '1', '--stall-ms', STALL_MS], work, env)
    workers.push(w)
    return w
  }

  it('gives a killed worker’s job to another and writes what a local build writes, byte for byte', async () => {
    const local = spawnSync(process.execPath, [CLI, 'build', 'corpus', '--out', 'local', '--no-cache'], {cwd: work, encoding: 'utf8'})
    expect(local.status, local.stderr).toBe(0)

    const build = cli(['build', 'corpus', '--out', 'queued', '--cache', 'cache', '--queue', url])
    // The first worker sits on its first job; it is killed while it holds it.
    const doomed = worker({RESKB_WORKER_HOLD_MS: '600000'})
    await doomed.waitFor(/holding corpus\/\S+/)
    const survivor = worker()
    await survivor.waitFor(/taking jobs/)
    doomed.child.kill('SIGKILL')

    expect(await build.exited, build.stderr()).toBe(0)
    // The killed worker's job at least; on a starved machine a live lock may lapse too, and that job is redone as well.
    expect(build.stderr()).toMatch(/5\/5 files · [\d.]+ MB\/s · 2 workers seen · [1-9]\d* given back and redone · 0 refused/)
    const queued = readAll(join(work, 'queued'))
    const expected = readAll(join(work, 'local'))
    expect([...queued.keys()]).toEqual([...expected.keys()])
    for (const [name, bytes] of expected) expect(queued.get(name)!.equals(bytes), name).toBe(true)
    await stopWorkers()
  })

  it('refuses a file whose every attempt failed, with the reason, and builds the rest', async () => {
    const build = cli(['build', 'corpus', '--out', 'changed', '--no-cache', '--queue', url])
    await build.waitFor(/5 files queued/)
    // Changed after the build hashed it: no worker reads the bytes the build asked for.
    const changed = readdirSync(join(work, 'corpus')).sort()[0]
    appendFileSync(join(work, 'corpus', changed), '\n')
    worker()

    expect(await build.exited).toBe(1)
    expect(build.stderr()).toContain(`corpus/${changed}: the workers failed on this file 3 times: `)
    expect(build.stderr()).toMatch(/is not the file the build hashed.*\[reskb:queue-failed\]/)
    const kb = JSON.parse(readFileSync(join(work, 'changed', 'kb.json'), 'utf8')) as {documents: unknown[]; errors: {path: string; ruleId: string}[]}
    expect(kb.documents).toHaveLength(4)
    expect(kb.errors).toEqual([expect.objectContaining({path: `corpus/${changed}`, ruleId: 'reskb:queue-failed'})])
  })

  it('says in one line when Redis cannot be reached or --queue is no Redis URL', () => {
    const run = spawnSync(process.execPath, [CLI, 'build', 'corpus', '--out', 'none', '--no-cache', '--queue', 'redis://127.0.0.1:1'], {cwd: work, encoding: 'utf8'})
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toMatch(/^reskb build: cannot reach Redis at redis:\/\/127\.0\.0\.1:1\b[^\n]*$/)
    const bad = spawnSync(process.execPath, [CLI, 'build', 'corpus', '--queue', 'localhost:6379'], {cwd: work, encoding: 'utf8'})
    expect(bad.status).toBe(1)
    expect(bad.stderr.trim()).toBe("reskb build: --queue must be a redis:// or rediss:// URL (got 'localhost:6379')")
  })
})

describe('--queue URLs', () => {
  it('take host, port, credentials and database', () => {
    expect(redisOptions('redis://u:p%40ss@cache.local:6380/2')).toEqual({host: 'cache.local', port: 6380, username: 'u', password: 'p@ss', db: 2, maxRetriesPerRequest: null})
    expect(redisOptions('rediss://h')).toMatchObject({host: 'h', port: 6379, tls: {}})
    expect(shownUrl('redis://u:secret@h:1')).toBe('redis://u:***@h:1')
  })

  it('refuse what is not one', () => {
    expect(() => redisOptions('localhost:6379')).toThrow(/redis:\/\/ or rediss:\/\//)
    expect(() => redisOptions('redis://h:1/x')).toThrow(/database/)
  })
})
