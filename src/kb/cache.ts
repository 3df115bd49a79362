/**
 * The build cache: one file per document result, under
 * `<root>/<fingerprint>/`, named by the sha256 of the pipeline fingerprint,
 * the recorded path (it is part of the document) and the file's bytes. A rule
 * or package change gives a new fingerprint, hence a new folder; folders of
 * other fingerprints are dead and `prune()` removes them.
 *
 * An entry is a first line `reskb-cache 2 <fingerprint> <header bytes>
 * <fragment bytes> <header sha256> <fragment sha256>`, the header JSON, then
 * the document's kb.json fragment (worker.ts), so the batch can read the
 * small header first and the fragment only when it writes kb.json. An entry
 * whose line, lengths or checksums do not hold (truncated, overwritten,
 * another version's) is never trusted: get() removes it and says why, and
 * the file is parsed again. `builds/` holds one record per output folder
 * (lastBuild).
 */
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync, rmSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {writeAtomic} from './files.js'
import type {InputErrorRecord} from './schema.js'
import {outputIntact, processAlive, readManifest} from './transaction.js'
import type {Encoded} from './worker.js'

const MAGIC = 'reskb-cache 2 '
const FIRST_LINE = /^reskb-cache 2 ([0-9a-f]{16}) (\d{1,12}) (\d{1,12}) ([0-9a-f]{64}) ([0-9a-f]{64})$/
const FIRST_LINE_MAX = 256

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** A cache entry that failed its checks: removed, and its file parsed again. */
export class CacheDamage {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {}
}

export interface CachedEntry {
  header: string
  /** byte offset of the fragment in the entry file */
  fragmentAt: number
}

export class DocumentCache {
  readonly dir: string

  constructor(
    readonly root: string,
    readonly fingerprint: string
  ) {
    this.dir = join(root, fingerprint.slice(0, 16))
  }

  key(path: string, bytes: Uint8Array): string {
    return createHash('sha256').update(`${this.fingerprint}\0${path}\0`).update(bytes).digest('hex')
  }

  /**
   * The entry's header, or undefined when absent. An entry that fails its
   * checks is removed and reported to `damaged`, and undefined returned.
   */
  get(key: string, damaged: (d: CacheDamage) => void = () => {}): CachedEntry | undefined {
    let bytes: Buffer
    try {
      bytes = readFileSync(this.file(key))
    } catch {
      return undefined
    }
    const reason = this.check(bytes)
    if (typeof reason === 'string') {
      rmSync(this.file(key), {force: true})
      damaged(new CacheDamage(this.file(key), reason))
      return undefined
    }
    return reason
  }

  /** The entry if its line, lengths and checksums hold, else why not. */
  private check(bytes: Buffer): CachedEntry | string {
    const nl = bytes.subarray(0, FIRST_LINE_MAX).indexOf(10)
    const line = bytes.subarray(0, Math.max(nl, 0)).toString('latin1')
    if (nl < 0 || !line.startsWith(MAGIC)) return 'no reskb cache header (another version, or overwritten)'
    const m = FIRST_LINE.exec(line)
    if (!m) return 'its header line is garbled'
    if (m[1] !== this.fingerprint.slice(0, 16)) return 'made by another pipeline'
    const headerBytes = Number(m[2])
    const fragmentBytes = Number(m[3])
    if (nl + 1 + headerBytes + fragmentBytes !== bytes.length) return `it is ${bytes.length} bytes, its header says ${nl + 1 + headerBytes + fragmentBytes}: truncated or grown`
    const header = bytes.subarray(nl + 1, nl + 1 + headerBytes)
    if (sha256(header) !== m[4]) return 'its header fails its checksum'
    if (sha256(bytes.subarray(nl + 1 + headerBytes)) !== m[5]) return 'its document fails its checksum'
    return {header: header.toString('utf8'), fragmentAt: nl + 1 + headerBytes}
  }

  /** The fragment of an entry get() accepted; checked again, since the file may have changed since. */
  fragment(key: string, at: number): Uint8Array {
    const bytes = readFileSync(this.file(key))
    const nl = bytes.indexOf(10)
    const m = FIRST_LINE.exec(bytes.subarray(0, Math.max(nl, 0)).toString('latin1'))
    const fragment = bytes.subarray(at)
    if (!m || sha256(fragment) !== m[5]) throw new Error(`cache entry ${this.file(key)} changed while the build read it: run the build again`)
    return fragment
  }

  put(key: string, encoded: Encoded): CachedEntry {
    const header = Buffer.from(encoded.header)
    const first = Buffer.from(`${MAGIC}${this.fingerprint.slice(0, 16)} ${header.length} ${encoded.fragment.length} ${sha256(header)} ${sha256(encoded.fragment)}\n`, 'latin1')
    writeAtomic(this.file(key), Buffer.concat([first, header, encoded.fragment]))
    return {header: encoded.header, fragmentAt: first.length + header.length}
  }

  /**
   * The last build into `out`: the key of its inputs, the generation it
   * wrote and what it reported. It stands when the inputs hash the same and
   * the folder still holds that generation, every file by content.
   */
  lastBuild(out: string, key: string): BuildRecord | undefined {
    let record: BuildRecord
    try {
      record = JSON.parse(readFileSync(this.buildFile(out), 'utf8')) as BuildRecord
    } catch {
      return undefined
    }
    if (record.key !== key || !Array.isArray(record.errors) || typeof record.documents !== 'number') return undefined
    const manifest = readManifest(out)
    if (!manifest || manifest.generation !== record.generation || !outputIntact(out, manifest)) return undefined
    return record
  }

  recordBuild(out: string, key: string, generation: string, documents: number, errors: InputErrorRecord[]): void {
    writeAtomic(this.buildFile(out), JSON.stringify({key, generation, documents, errors} satisfies BuildRecord))
  }

  /** Removes `*.tmp` files that builds killed while writing an entry left behind. */
  clean(): void {
    for (const dir of [this.dir, join(this.dir, 'builds')]) {
      let names: string[]
      try {
        names = readdirSync(dir)
      } catch {
        continue
      }
      for (const name of names) {
        const pid = /\.(\d+)\.tmp$/.exec(name)?.[1]
        if (pid !== undefined && !processAlive(Number(pid))) rmSync(join(dir, name), {force: true})
      }
    }
  }

  /** Removes the folders of other fingerprints: their entries can never be read again. */
  prune(): void {
    let entries: string[]
    try {
      entries = readdirSync(this.root)
    } catch {
      return
    }
    for (const name of entries) {
      if (name !== this.fingerprint.slice(0, 16) && /^[0-9a-f]{16}$/.test(name)) rmSync(join(this.root, name), {recursive: true, force: true})
    }
  }

  private file(key: string): string {
    return join(this.dir, key)
  }

  private buildFile(out: string): string {
    return join(this.dir, 'builds', createHash('sha256').update(resolve(out)).digest('hex').slice(0, 32))
  }
}

export interface BuildRecord {
  key: string
  /** the output generation it wrote (transaction.ts) */
  generation: string
  documents: number
  errors: InputErrorRecord[]
}
