import {parse, oneOf, str} from './args.js'
import type {Command} from './commands.js'
import {clip, knowledgeBaseFrom, textTable} from './source.js'
import {recommendationRows, toCsv, toJsonl, type RecommendationRow} from '../kb/recommendations-export.js'
import {ADDRESSEES} from '../recommendations/addressees.js'
import {MODALITIES} from '../recommendations/modality.js'
import {CliError} from './errors.js'

const FORMATS = ['table', 'csv', 'jsonl'] as const

export const recsCommand: Command = {
  name: 'recs',
  summary: 'list recommendation items (table, CSV, JSONL)',
  help: `Usage: reskb recs [--kb FILE | FILE...] [--addressee A] [--modality M]
                  [--adopted-by TEXT] [--in KEY] [--format table|csv|jsonl]

Lists the items of the recommendation lists adopted by working groups and set
out in annexes, one row per item: instrument, annex, adopting body, meeting,
label, topic, text, addressees, modality, references, similar items.
  --kb FILE          knowledge base to read (default output/kb.json)
  FILE...            parse these texts instead of reading a knowledge base
  --addressee A      ${ADDRESSEES.join(', ')}
  --modality M       ${MODALITIES.join(', ')}
  --adopted-by TEXT  adopting body contains TEXT (e.g. 国际合作)
  --in KEY           instrument key or prefix (e.g. CTOC/COP/RES/9/3)
  --format F         table (default), csv (UTF-8 with BOM, for Excel), jsonl`,
  async run(args) {
    const {values, positionals} = parse(args, {
      kb: {type: 'string'},
      addressee: {type: 'string'},
      modality: {type: 'string'},
      'adopted-by': {type: 'string'},
      in: {type: 'string'},
      format: {type: 'string'}
    })
    const format = oneOf(str(values, 'format'), FORMATS, 'format', 'table')
    const addressee = str(values, 'addressee')
    const modality = str(values, 'modality')
    if (addressee && !(ADDRESSEES as readonly string[]).includes(addressee)) throw new CliError(`--addressee must be one of ${ADDRESSEES.join(', ')}`)
    if (modality && !(MODALITIES as readonly string[]).includes(modality)) throw new CliError(`--modality must be one of ${MODALITIES.join(', ')}`)
    const adoptedBy = str(values, 'adopted-by')
    const inKey = str(values, 'in')
    const rows = recommendationRows(knowledgeBaseFrom(str(values, 'kb'), positionals).documents).filter(
      (r: RecommendationRow) =>
        (!addressee || r.addressees.includes(addressee)) &&
        (!modality || r.modality === modality) &&
        (!adoptedBy || (r.adoptedBy ?? '').includes(adoptedBy)) &&
        (!inKey || (r.in ?? '').startsWith(inKey))
    )
    if (format === 'csv') process.stdout.write(toCsv(rows))
    else if (format === 'jsonl') process.stdout.write(toJsonl(rows))
    else {
      process.stdout.write(
        `${textTable(
          ['in', 'annex', 'label', 'addressees', 'modality', 'text'],
          rows.map((r) => [r.in ?? '', r.annex ?? '', r.label, r.addressees.join(','), r.modality, clip(r.text, 40)])
        )}\n${rows.length} items\n`
      )
    }
    return 0
  }
}
