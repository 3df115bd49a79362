import {list, parse, str} from './args.js'
import type {Command} from './commands.js'
import {knowledgeBaseFrom} from './source.js'
import {anyOf, choices, contains, keyMatches} from './filters.js'
import {ROW_HELP, ROW_OPTIONS, writeRows} from './rows.js'
import {RECOMMENDATION_COLUMNS, recommendationRows} from '../kb/recommendations-export.js'
import {ADDRESSEES} from '../recommendations/addressees.js'
import {MODALITIES} from '../recommendations/modality.js'

export const recsCommand: Command = {
  name: 'recs',
  summary: 'list recommendation items (table, CSV, JSONL)',
  help: `Usage: reskb recs [--kb FILE | FILE...] [--addressee A] [--modality M]
                  [--adopted-by TEXT] [--in KEY] [--format table|csv|tsv|jsonl]

Lists the items of the recommendation lists adopted by working groups and set
out in annexes, one row per item: instrument, annex, adopting body, meeting,
label, topic, text, addressees, modality, references, similar items.
  --kb FILE          knowledge base to read (default output/kb.json)
  FILE...            parse these texts instead of reading a knowledge base
  --addressee A      ${ADDRESSEES.join(', ')};
                     or a pattern: States* is States and StatesParties,
                     *States* also MemberStates (States alone is only 各国/国家)
  --modality M       ${MODALITIES.join(', ')}
  --adopted-by TEXT  adopting body contains TEXT (e.g. 国际合作)
  --in KEY           instrument key or prefix (e.g. CTOC/COP/RES/9/3, CTOC/COP/RES/)
  --format F         table (default), csv, tsv, jsonl
${ROW_HELP}
Values are case-insensitive; a repeated filter matches any of its values,
different filters must all match.`,
  async run(args) {
    const {values, positionals} = parse(args, {
      kb: {type: 'string'},
      addressee: {type: 'string', multiple: true},
      modality: {type: 'string', multiple: true},
      'adopted-by': {type: 'string', multiple: true},
      in: {type: 'string', multiple: true},
      ...ROW_OPTIONS
    })
    const addressees = choices(list(values, 'addressee'), ADDRESSEES, 'addressee')
    const modalities = choices(list(values, 'modality'), MODALITIES, 'modality')
    const adoptedBy = list(values, 'adopted-by')
    const inKeys = list(values, 'in')
    const rows = recommendationRows(knowledgeBaseFrom(str(values, 'kb'), positionals).documents).filter(
      (r) =>
        (!addressees || r.addressees.some((a) => addressees.has(a))) &&
        (!modalities || modalities.has(r.modality)) &&
        anyOf(adoptedBy, (a) => contains(r.adoptedBy, a)) &&
        anyOf(inKeys, (k) => keyMatches(r.in ?? '', k))
    )
    writeRows(values, rows, {
      formats: ['table', 'csv', 'tsv', 'jsonl'],
      columns: RECOMMENDATION_COLUMNS,
      noun: 'items',
      table: {header: ['in', 'annex', 'label', 'addressees', 'modality', 'text'], cells: (r) => [r.in ?? '', r.annex ?? '', r.label, r.addressees.join(','), r.modality, r.text]}
    })
    return 0
  }
}
