/**
 * The build cache: one file per document result, under
 * `<root>/<fingerprint>/`, named by the sha256 of the pipeline fingerprint,
 * the recorded path (it is part of the document) and the file's bytes. A rule
 * or package change gives a new fingerprint, hence a new folder; folders of
 * other fingerprints are dead and `prune()` removes them.
 *
 * An entry is `reskb-cache 1 <header bytes>\n`, the header JSON, then the
 * document's kb.json fragment (worker.ts), so the batch can read the small
 * header first and the fragment only when it writes kb.json. `builds/` holds
 * one record per output folder (lastBuild).
 */
import {createHash} from 'node:crypto'
import {closeSync, fstatSync, openSync, readFileSync, readSync, readdirSync, rmSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {writeAtomic} from './files.js'
import type {InputErrorRecord} from './schema.js'
import type {Encoded} from './worker.js'

const MAGIC = 'reskb-cache 1 '
const FIRST_LINE_MAX = 64

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

  /** The entry's header, or undefined when absent or unreadable (then it is rebuilt). */
  get(key: string): CachedEntry | undefined {
    let fd: number
    try {
      fd = openSync(this.file(key), 'r')
    } catch {
      return undefined
    }
    try {
      const first = Buffer.alloc(FIRST_LINE_MAX)
      const n = readSync(fd, first, 0, FIRST_LINE_MAX, 0)
      const nl = first.subarray(0, n).indexOf(10)
      const line = first.subarray(0, Math.max(nl, 0)).toString('latin1')
      if (nl < 0 || !line.startsWith(MAGIC)) return undefined
      const length = Number(line.slice(MAGIC.length))
      const header = Buffer.alloc(length)
      if (!Number.isSafeInteger(length) || readSync(fd, header, 0, length, nl + 1) !== length) return undefined
      return {header: header.toString('utf8'), fragmentAt: nl + 1 + length}
    } finally {
      closeSync(fd)
    }
  }

  fragment(key: string, at: number): Uint8Array {
    const fd = openSync(this.file(key), 'r')
    try {
      const size = fstatSync(fd).size - at
      const out = Buffer.alloc(size)
      let done = 0
      while (done < size) {
        const n = readSync(fd, out, done, size - done, at + done)
        if (n === 0) throw new Error(`cache entry ${key} was truncated while the build read it`)
        done += n
      }
      return out
    } finally {
      closeSync(fd)
    }
  }

  put(key: string, encoded: Encoded): CachedEntry {
    const header = Buffer.from(encoded.header)
    const first = Buffer.from(`${MAGIC}${header.length}\n`, 'latin1')
    writeAtomic(this.file(key), Buffer.concat([first, header, encoded.fragment]))
    return {header: encoded.header, fragmentAt: first.length + header.length}
  }

  /**
   * The last build into `out`: the key of its inputs, what it reported, and
   * the size and mtime of each file it wrote. When the inputs hash the same
   * and the files are untouched, there is nothing to do.
   */
  lastBuild(out: string, key: string): BuildRecord | undefined {
    let record: BuildRecord
    try {
      record = JSON.parse(readFileSync(this.buildFile(out), 'utf8')) as BuildRecord
    } catch {
      return undefined
    }
    if (record.key !== key) return undefined
    for (const [name, size, mtime] of record.files) {
      try {
        const st = statSync(join(out, name), {bigint: true})
        if (st.size !== BigInt(size) || st.mtimeNs !== BigInt(mtime)) return undefined
      } catch {
        return undefined
      }
    }
    return record
  }

  recordBuild(out: string, key: string, names: string[], documents: number, errors: InputErrorRecord[]): void {
    const files = names.map((name): [string, number, string] => {
      const st = statSync(join(out, name), {bigint: true})
      return [name, Number(st.size), String(st.mtimeNs)]
    })
    writeAtomic(this.buildFile(out), JSON.stringify({key, files, documents, errors} satisfies BuildRecord))
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
  /** [name, size, mtime in ns] of each file written */
  files: [string, number, string][]
  documents: number
  errors: InputErrorRecord[]
}
