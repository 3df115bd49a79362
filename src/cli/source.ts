/** Where a query command reads documents from: files given on the command line (`-` for stdin), or a built knowledge base. */
import {CliError} from './errors.js'
import {STDIN_PATH, readFileArgument} from './input.js'
import {KnowledgeBaseError, loadKnowledgeBase} from '../kb/load.js'
import {buildKnowledgeBase, readInputs, type InputFile} from '../kb/build.js'
import type {KnowledgeBase} from '../kb/schema.js'
import {DEFAULT_KB} from './text.js'

// The light helpers live in text.ts, so that a command can use them without importing the pipeline.
export {DEFAULT_KB, clip, textTable} from './text.js'

export function knowledgeBaseFrom(kbPath: string | undefined, files: string[]): KnowledgeBase {
  if (files.length > 0) {
    const paths = files.filter((f) => f !== '-')
    const inputs: InputFile[] = [...(files.includes('-') ? [{path: STDIN_PATH, bytes: readFileArgument('-')}] : []), ...(paths.length > 0 ? readInputs(paths) : [])]
    const kb = buildKnowledgeBase(inputs)
    for (const e of kb.errors) process.stderr.write(`${e.path}: ${e.message} [${e.ruleId}]\n`)
    if (kb.documents.length === 0) throw new CliError(`no document could be read from ${files.join(', ')}`, 1)
    return kb
  }
  try {
    return loadKnowledgeBase(kbPath ?? DEFAULT_KB)
  } catch (error) {
    if (error instanceof KnowledgeBaseError) throw new CliError(error.message, 1)
    throw error
  }
}
