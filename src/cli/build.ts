import {join} from 'node:path'
import {parse, str} from './args.js'
import type {Command} from './commands.js'
import {buildKnowledgeBase, readInputs} from '../kb/build.js'
import {writeOutputs} from '../kb/write.js'

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the knowledge base from files or folders into output/',
  help: `Usage: reskb build [PATH...] [--out DIR]

Reads every .txt/.md file under the given files or folders (default: corpus/)
and writes, atomically, into DIR (default: output/):
  kb.json          the knowledge base (documents, and errors for refused inputs)
  kb.schema.json   its JSON Schema, generated from the zod schema
A refused input is reported on stderr with its reason; the others are still
built, and the exit status is 1.`,
  async run(args) {
    const {values, positionals} = parse(args, {out: {type: 'string'}})
    const out = str(values, 'out') ?? 'output'
    const kb = buildKnowledgeBase(readInputs(positionals.length > 0 ? positionals : ['corpus']))
    writeOutputs(kb, out)
    for (const e of kb.errors) process.stderr.write(`${e.path}: ${e.message} [${e.ruleId}]\n`)
    process.stderr.write(`reskb build: ${kb.documents.length} documents, ${kb.errors.length} refused → ${join(out, 'kb.json')}\n`)
    return kb.errors.length > 0 ? 1 : 0
  }
}
