/** Test support: the files an output folder holds, with its sub-folders (output/site). */
import {readdirSync} from 'node:fs'
import {join, relative, sep} from 'node:path'

/** Every file under `dir`, by its path relative to `dir` with `/`, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
}
