/**
 * The output folder as a transaction. A build writes every file into a
 * staging folder beside the output folder, writes `manifest.json` (each
 * file's size and sha256, and the generation: the hash of kb.json) last,
 * then switches the staging folder in: the old folder is renamed aside, the
 * staging folder renamed into its place, the old one removed. A kill between
 * the two renames leaves no output folder but a complete staging folder and
 * the previous one; the next build (recoverOutput) puts the complete one in
 * place, so the folder a reader meets is one complete generation or a
 * message. A lock file beside the output folder keeps a second build out.
 */
import {createHash} from 'node:crypto'
import {closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync} from 'node:fs'
import {basename, dirname, join, relative, resolve, sep} from 'node:path'
import {killPoint} from './kill-point.js'

export const MANIFEST_FILE = 'manifest.json'
const MANIFEST_MAGIC = 'reskb-output 1'

export interface Manifest {
  format: typeof MANIFEST_MAGIC
  /** the first 16 hex digits of kb.json's sha256: every index file names it */
  generation: string
  /** [path relative to the folder, with `/`; bytes; sha256], sorted by path */
  files: [string, number, string][]
}

/** Raised for what the user must act on: printed as one line. */
export class OutputError extends Error {}

/** A sibling of the output folder: `.NAME.reskb-KIND[-PID]`, hidden from the input walk and from `ls`. */
function sibling(out: string, kind: string): string {
  const abs = resolve(out)
  return join(dirname(abs), `.${basename(abs)}.reskb-${kind}`)
}

function siblings(out: string, kind: string): string[] {
  const abs = resolve(out)
  const prefix = `.${basename(abs)}.reskb-${kind}-`
  try {
    return readdirSync(dirname(abs))
      .filter((name) => name.startsWith(prefix))
      .sort()
      .map((name) => join(dirname(abs), name))
  } catch {
    return []
  }
}

/** Whether a process of this id runs (one of another user counts). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export interface Lock {
  release(): void
}

/** Takes the build lock of `out`, or says who holds it. A lock whose process is dead is taken over. */
export function lockOutput(out: string): Lock {
  const path = sibling(out, 'lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number
    try {
      fd = openSync(path, 'wx')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EEXIST') throw new OutputError(`${out}: cannot create the build lock ${path} (${code ?? 'error'})`)
      const holder = Number.parseInt(readText(path) ?? '', 10)
      if (Number.isSafeInteger(holder) && holder > 0 && processAlive(holder) && holder !== process.pid) {
        throw new OutputError(`${out}: another reskb build (pid ${holder}) is writing into this folder; wait for it to finish (lock ${path})`)
      }
      // Stale: its process is dead (or the file is unreadable garbage).
      rmSync(path, {force: true})
      continue
    }
    writeSync(fd, `${process.pid}\n`)
    closeSync(fd)
    let released = false
    return {
      release() {
        if (released) return
        released = true
        if (readText(path)?.trim() === String(process.pid)) rmSync(path, {force: true})
      }
    }
  }
  throw new OutputError(`${out}: another reskb build took the lock ${path} at the same moment`)
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * Run with the lock held: finishes or undoes a switch a killed build left
 * half done, and removes staging folders and `*.tmp` files of dead builds.
 * Returns the names of what it removed or restored, for the build's report.
 */
export function recoverOutput(out: string): string[] {
  const done: string[] = []
  const staged = siblings(out, 'staging')
  const previous = siblings(out, 'previous')
  if (!existsSync(out) && previous.length > 0) {
    // Killed between the renames: the staging folder with a manifest is complete, the newest build.
    const complete = staged.find((dir) => readManifest(dir) !== null)
    const back = complete ?? previous[previous.length - 1]
    renameSync(back, out)
    done.push(`${complete ? 'finished' : 'undid'} the switch of an interrupted build`)
  }
  for (const dir of [...siblings(out, 'staging'), ...siblings(out, 'previous')]) {
    rmSync(dir, {recursive: true, force: true})
    done.push(`removed ${dir}`)
  }
  for (const tmp of tmpFiles(out)) {
    rmSync(tmp, {force: true})
    done.push(`removed ${tmp}`)
  }
  return done
}

/** `*.tmp` files a killed build of an earlier version left in the output folder. */
function tmpFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.tmp'))
      .map((name) => join(dir, name))
  } catch {
    return []
  }
}

/**
 * Whether `out` may be replaced as a whole: it is absent, empty, or a reskb
 * output (a manifest, or a kb.json of a build before manifests). Anything
 * else is a folder of the user's that a build must not delete.
 */
export function checkReplaceable(out: string): void {
  const abs = resolve(out)
  const cwd = process.cwd()
  if (cwd === abs || cwd.startsWith(`${abs}${sep}`)) throw new OutputError(`${out}: the output folder cannot be the working folder or hold it; give --out a folder of its own`)
  let st
  try {
    st = lstatSync(abs)
  } catch {
    return
  }
  if (!st.isDirectory()) throw new OutputError(`${out}: not a folder; give --out a folder`)
  const names = readdirSync(abs)
  if (names.length === 0 || names.includes(MANIFEST_FILE) || names.includes('kb.json')) return
  throw new OutputError(`${out}: the folder holds files that are not a reskb output; give --out an empty or new folder`)
}

/** A new generation of an output folder being written: fill `staging` (sub-folders too), then commit() or abort(). */
export interface OutputTransaction {
  staging: string
  /** writes the manifest, switches the staging folder in, releases the lock */
  commit(): Manifest
  /** removes the staging folder and releases the lock; `out` stays as it was */
  abort(): void
}

/** Starts writing `out`; with `held`, under a lock the caller took (and releases) for a longer span. */
export function beginOutput(out: string, held?: Lock): OutputTransaction {
  checkReplaceable(out)
  const lock = held ? {release: () => {}} : lockOutput(out)
  const staging = `${sibling(out, 'staging')}-${process.pid}`
  try {
    recoverOutput(out)
    mkdirOrFail(staging, out)
  } catch (error) {
    lock.release()
    throw error
  }
  const abort = (): void => {
    rmSync(staging, {recursive: true, force: true})
    lock.release()
  }
  return {
    staging,
    commit() {
      try {
        killPoint('derived')
        const manifest = manifestOf(staging)
        writeFileOrFail(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`, out)
        killPoint('manifest')
        switchIn(out, staging)
        lock.release()
        return manifest
      } catch (error) {
        abort()
        throw error
      }
    },
    abort
  }
}

function switchIn(out: string, staging: string): void {
  const previous = `${sibling(out, 'previous')}-${process.pid}`
  const hadOld = existsSync(out)
  try {
    if (hadOld) renameSync(out, previous)
    killPoint('switch')
    renameSync(staging, out)
  } catch (error) {
    if (hadOld && !existsSync(out) && existsSync(previous)) renameSync(previous, out)
    throw new OutputError(`${out}: cannot switch in the new output (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
  killPoint('cleanup')
  rmSync(previous, {recursive: true, force: true})
}

/** A hidden folder in the output folder's parent: the final rename never crosses file systems. */
function mkdirOrFail(dir: string, out: string): void {
  try {
    mkdirSync(dir)
  } catch (error) {
    throw new OutputError(`${out}: cannot write beside it in ${dirname(dir)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

function writeFileOrFail(path: string, data: string, out: string): void {
  try {
    writeFileSync(path, data)
  } catch (error) {
    throw new OutputError(`${out}: cannot write ${basename(path)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

/** Every file under `dir` with its size and sha256; the generation is kb.json's hash. */
export function manifestOf(dir: string): Manifest {
  const files: [string, number, string][] = []
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name)
      const st = statSync(path)
      if (st.isDirectory()) walk(path)
      else if (st.isFile()) files.push([relative(dir, path).split(sep).join('/'), st.size, sha256File(path)])
    }
  }
  walk(dir)
  files.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const kb = files.find((f) => f[0] === 'kb.json')
  return {format: MANIFEST_MAGIC, generation: kb ? kb[2].slice(0, 16) : '0'.repeat(16), files: files.filter((f) => f[0] !== MANIFEST_FILE)}
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** The manifest of an output folder, or null when it has none or it is not one. */
export function readManifest(dir: string): Manifest | null {
  const text = readText(join(dir, MANIFEST_FILE))
  if (text === undefined) return null
  try {
    const m = JSON.parse(text) as Manifest
    if (m.format !== MANIFEST_MAGIC || typeof m.generation !== 'string' || !Array.isArray(m.files)) return null
    return m
  } catch {
    return null
  }
}

/** Whether every file of the manifest is in `dir` with its recorded bytes (by content, not by date). */
export function outputIntact(dir: string, manifest: Manifest): boolean {
  for (const [name, bytes, sha] of manifest.files) {
    try {
      const path = join(dir, name)
      if (statSync(path).size !== bytes || sha256File(path) !== sha) return false
    } catch {
      return false
    }
  }
  return true
}

/**
 * For readers, before they open anything in `dir`: a build killed between
 * the two renames of its switch left no folder; finish its switch (under the
 * lock, as a build's start would) so that the reader sees a complete build.
 * Costs one existsSync when the folder is there.
 */
export function settleOutput(dir: string): void {
  if (existsSync(dir) || (siblings(dir, 'previous').length === 0 && siblings(dir, 'staging').length === 0)) return
  let lock: Lock
  try {
    lock = lockOutput(dir)
  } catch {
    return // a live build holds it: it will finish the switch itself
  }
  try {
    recoverOutput(dir)
  } catch {
    // left for the next build to report
  } finally {
    lock.release()
  }
}

/** What a reader says of an index file that is not what the build wrote. */
export const DAMAGED = 'the index is damaged: rebuild with `reskb build`'

/**
 * For readers: why `name`, opened in output folder `dir` with `size` bytes
 * and naming `generation`, does not belong to the folder's build; null when
 * it does, or when the folder has no manifest to check against (a file
 * written outside a build). Costs one small read, no hashing.
 */
export function notOfThisBuild(dir: string, name: string, size: number, generation?: string): string | null {
  const manifest = readManifest(dir)
  if (!manifest) {
    if (siblings(dir, 'previous').length > 0) return 'a build was interrupted while switching its output in'
    return null
  }
  const entry = manifest.files.find((f) => f[0] === name)
  if (!entry) return `the build's manifest does not list ${name}`
  if (entry[1] !== size) return `${name} is ${size} bytes, the build wrote ${entry[1]}`
  if (generation !== undefined && generation !== manifest.generation) return `${name} belongs to another build than kb.json`
  return null
}
