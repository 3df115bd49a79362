import {parse} from './args.js'
import type {Command} from './commands.js'
import {CliError} from './errors.js'
import {knowledgeBaseJsonSchema} from '../kb/build.js'

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of kb.json',
  help: `Usage: reskb schema

Prints the JSON Schema (draft 2020-12) of the knowledge base, the same as
output/kb.schema.json: generated from the zod schema in src/kb/schema.ts.`,
  async run(args) {
    if (parse(args, {}).positionals.length > 0) throw new CliError('takes no arguments')
    process.stdout.write(`${JSON.stringify(knowledgeBaseJsonSchema(), null, 2)}\n`)
    return 0
  }
}
