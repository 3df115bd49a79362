/** File system edges of the pipeline: finding inputs, reading them, writing atomically. */
import {readFileSync, readdirSync, renameSync, statSync, writeFileSync, mkdirSync} from 'node:fs'
import {dirname, join, relative, sep} from 'node:path'

const INPUT = /\.(txt|md)$/i

/** Every `.txt`/`.md` file under the given files or folders, sorted, without duplicates. */
export function collectInputs(paths: string[]): {files: string[]; missing: string[]} {
  const files = new Set<string>()
  const missing: string[] = []
  const walk = (path: string): void => {
    let st
    try {
      st = statSync(path)
    } catch {
      missing.push(path)
      return
    }
    if (st.isDirectory()) {
      let entries: string[]
      try {
        entries = readdirSync(path)
      } catch {
        missing.push(path)
        return
      }
      for (const entry of entries.sort()) {
        if (entry.startsWith('.') || entry === 'node_modules') continue
        walk(join(path, entry))
      }
    } else if (INPUT.test(path) || paths.includes(path)) {
      files.add(path)
    }
  }
  for (const p of paths) walk(p)
  return {files: [...files].sort(), missing}
}

/** A path as recorded in the knowledge base: relative to the working folder, with `/`. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path)
  return (rel.startsWith('..') ? path : rel).split(sep).join('/')
}

export function readInput(path: string): Uint8Array {
  return readFileSync(path)
}

/** Write to a temporary file beside the target, then rename: readers never see half a file. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), {recursive: true})
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, data)
  renameSync(tmp, path)
}
