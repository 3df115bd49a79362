import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {parse, str} from './args.js'
import type {Command} from './commands.js'
import {knowledgeBaseFrom} from './source.js'
import {CliError} from './errors.js'
import {readGold} from '../eval/gold.js'
import {evaluate, formatEvaluation, formatMisses} from '../eval/evaluate.js'

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score the knowledge base against gold files',
  help: `Usage: reskb eval [--gold DIR] [--kb FILE | FILE...] [--json]

Compares the knowledge base with hand-checked gold files (*.gold.json, see
test/fixtures/SPEC.md; default DIR test/fixtures/), matching documents by file
name. Prints, per reference kind and in total, precision, recall and F1 of the
(kind, key) multiset per document, and the recommendation-list scores.
  --kb FILE   knowledge base (default output/kb.json, or the texts beside the
              gold files where the gold folder holds them, as test/fixtures/dev does)
  FILE...     parse these texts instead
  --misses    after the scores, list per document the references found and
              not in gold (+) and in gold and not found (-)
  --json      print the scores as JSON

References on the English side of a bitext (no Chinese in the surface,
English words in it) are out of scope for scoring, as SPEC v2 says.`,
  async run(args) {
    const {values, positionals} = parse(args, {gold: {type: 'string'}, kb: {type: 'string'}, json: {type: 'boolean'}, misses: {type: 'boolean'}})
    let golds
    try {
      golds = readGold(str(values, 'gold') ?? 'test/fixtures')
    } catch {
      throw new CliError(`cannot read gold files from ${str(values, 'gold') ?? 'test/fixtures'}`)
    }
    if (golds.length === 0) throw new CliError('no *.gold.json files found')
    // A gold folder that holds its texts too (test/fixtures/dev) is scored on them, not on kb.json.
    const dir = str(values, 'gold') ?? 'test/fixtures'
    const beside = positionals.length === 0 && str(values, 'kb') === undefined ? golds.map((g) => join(dir, g.file)).filter((f) => existsSync(f)) : []
    const result = evaluate(knowledgeBaseFrom(str(values, 'kb'), beside.length > 0 ? beside : positionals), golds)
    const text = values.misses ? `${formatEvaluation(result)}\n\nMisses:\n\n${formatMisses(result)}` : formatEvaluation(result)
    process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${text}\n`)
    return 0
  }
}
