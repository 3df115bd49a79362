import {parse} from './args.js'
import {CliError} from './errors.js'
import type {Command} from './commands.js'
import {STDIN_PATH, readFileArgument} from './input.js'
import {displayPath} from '../kb/files.js'
import {parseInput} from '../kb/build.js'

export const parseCommand: Command = {
  name: 'parse',
  summary: 'print one document as JSON',
  help: `Usage: reskb parse FILE
       reskb parse - < FILE

Parses one text (UTF-8, UTF-16 with BOM or GB18030; Simplified or Traditional)
and prints everything the pipeline knows about it as one JSON object on stdout:
structure, footnotes, tables, references and recommendation lists. - reads the
text from stdin (its source.path is ${STDIN_PATH}).
A file that cannot be read or decoded gives a message on stderr and exit 1.`,
  async run(args) {
    const {positionals} = parse(args, {})
    if (positionals.length !== 1) throw new CliError('give exactly one FILE, or - for stdin')
    const path = positionals[0]
    const bytes = readFileArgument(path)
    const outcome = parseInput({path: path === '-' ? STDIN_PATH : displayPath(path), bytes})
    if (!outcome.ok) throw new CliError(`${outcome.error.path}: ${outcome.error.message} [${outcome.error.ruleId}]`, 1)
    process.stdout.write(`${JSON.stringify(outcome.document, null, 2)}\n`)
    return 0
  }
}
