/** Input files named on the command line: `-` is stdin; a missing file or a folder is a one-line error. */
import {readFileSync, statSync} from 'node:fs'
import {CliError} from './errors.js'

/** How stdin is named in the knowledge base (source.path) and in messages. */
export const STDIN_PATH = '<stdin>'

/** The bytes of one input file, or of stdin for `-`. */
export function readFileArgument(path: string): Uint8Array {
  if (path === '-') return readFileSync(0)
  let isFolder: boolean
  try {
    isFolder = statSync(path).isDirectory()
  } catch {
    throw new CliError(`${path}: cannot read the file: no such file`, 1)
  }
  if (isFolder) throw new CliError(`${path}: is a folder; give one file (reskb build and --file read folders)`, 1)
  try {
    return readFileSync(path)
  } catch (error) {
    throw new CliError(`${path}: cannot read the file: ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : 'unreadable'}`, 1)
  }
}
