import {readdirSync} from 'node:fs'
import {join, relative} from 'node:path'

/** Every file under `dir` by its path relative to `dir`, sorted (the output folder has akn/ inside). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}
