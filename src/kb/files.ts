/**
 * File system edges of the pipeline: finding inputs, reading them, writing
 * atomically. The walk trusts nothing it meets: symbolic links are followed
 * once (a set of real paths visited ends loops and duplicates), the output
 * and cache folders are never inputs, and a file is checked with fstat on
 * the open descriptor before a byte is read (a FIFO, a device or a 300 MB
 * file is refused without reading it).
 */
import {closeSync, constants, fstatSync, mkdirSync, openSync, readSync, readdirSync, realpathSync, renameSync, statSync, writeFileSync, type Stats} from 'node:fs'
import {dirname, join, relative, sep} from 'node:path'
import {InputError, MAX_INPUT_BYTES} from '../ingest/decode.js'

const INPUT = /\.(txt|md)$/i

export interface WalkOptions {
  /** folders that are never inputs, nor walked (the output folder and the cache) */
  exclude?: string[]
}

function realOrNull(path: string): string | null {
  try {
    return realpathSync(path)
  } catch {
    return null
  }
}

/**
 * Every `.txt`/`.md` entry under the given files or folders, sorted, each
 * real file once. Entries that are not regular files are listed too, so that
 * reading them refuses them with a reason.
 */
export function collectInputs(paths: string[], options: WalkOptions = {}): {files: string[]; missing: string[]} {
  const files = new Set<string>()
  const missing: string[] = []
  const excluded = new Set(options.exclude?.map(realOrNull).filter((p): p is string => p !== null))
  const seen = new Set<string>()
  const walk = (path: string, given: boolean): void => {
    let st: Stats
    try {
      st = statSync(path)
    } catch {
      if (given) missing.push(path)
      else if (INPUT.test(path)) files.add(path) // a dangling link: refused as unreadable when read
      return
    }
    const real = realOrNull(path) ?? path
    if (excluded.has(real) || seen.has(real)) return
    seen.add(real)
    if (st.isDirectory()) {
      let entries: string[]
      try {
        entries = readdirNames(path)
      } catch {
        missing.push(path)
        return
      }
      for (const entry of entries) {
        if (entry.startsWith('.') || entry === 'node_modules') continue
        walk(join(path, entry), false)
      }
    } else if (given || INPUT.test(path)) {
      files.add(path)
    }
  }
  for (const p of paths) walk(p, true)
  return {files: [...files].sort(), missing}
}

function readdirNames(path: string): string[] {
  return readdirSync(path).sort()
}

/** A path as recorded in the knowledge base: relative to the working folder, with `/`. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path)
  return (rel.startsWith('..') ? path : rel).split(sep).join('/')
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  if (st.isSocket()) return 'a socket'
  if (st.isDirectory()) return 'a folder'
  return 'not a regular file'
}

/**
 * The bytes of a regular file of at most MAX_INPUT_BYTES. Opened without
 * blocking (a FIFO would wait for a writer), checked with fstat, and read no
 * further than the limit even if the file grows meanwhile (or lies about its
 * size, as /proc files do).
 */
export function readInput(path: string): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw new InputError('unreadable', `it is ${kindOf(st)}, not a regular file`)
    if (st.size > MAX_INPUT_BYTES) throw new InputError('too-large', `the file is ${st.size} bytes, above the limit of ${MAX_INPUT_BYTES}`)
    let buf = Buffer.allocUnsafe(Math.max(st.size, 4096))
    let done = 0
    for (;;) {
      if (done === buf.length) {
        if (buf.length > MAX_INPUT_BYTES) throw new InputError('too-large', `the file is larger than the limit of ${MAX_INPUT_BYTES} bytes`)
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, MAX_INPUT_BYTES + 1))
        buf.copy(bigger, 0, 0, done)
        buf = bigger
      }
      const n = readSync(fd, buf, done, buf.length - done, null)
      if (n === 0) break
      done += n
    }
    return buf.subarray(0, done)
  } finally {
    closeSync(fd)
  }
}

/** Write to a temporary file beside the target, then rename: readers never see half a file. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), {recursive: true})
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, data)
  renameSync(tmp, path)
}
