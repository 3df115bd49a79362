import {list, parse, str} from './args.js'
import type {Command} from './commands.js'
import {knowledgeBaseFrom} from './source.js'
import {anyOf, choices, contains, keyMatches} from './filters.js'
import {ROW_HELP, ROW_OPTIONS, writeRows} from './rows.js'
import {containerLabels, placeOf} from '../kb/places.js'
import {ReferenceKindSchema} from '../kb/schema.js'

export {keyMatches}

const CSV_COLUMNS = ['path', 'instrument', 'place', 'kind', 'key', 'surface', 'date', 'sourceStart', 'sourceEnd', 'context', 'url'] as const

export const refsCommand: Command = {
  name: 'refs',
  summary: 'list citations: who cites what, and where',
  help: `Usage: reskb refs [--kb FILE | FILE... | -] [--kind K] [--to KEY] [--from DOC]
                  [--format table|csv|tsv|jsonl] [--wide]

Lists every reference found: kind, canonical key, surface text, date, and
its place (document, instrument, paragraph, offsets).
  --kb FILE     knowledge base to read (default output/kb.json)
  FILE...       parse these texts instead of reading a knowledge base; - reads stdin
  --kind K      ${ReferenceKindSchema.options.join(', ')}
  --to KEY      a key, or a key prefix: UNTOC/art32 also lists its paragraphs;
                a prefix ending in / lists everything under it (A/RES/)
  --from DOC    document id, or a part of its path
  --format F    table (default), csv, tsv, jsonl
${ROW_HELP}
Values are case-insensitive; a repeated filter matches any of its values
(--to A/RES/68/193 --to UNTOC/art32), different filters must all match.
CSV columns: ${CSV_COLUMNS.join(', ')}; jsonl also has document, in
(the id of the paragraph that holds the reference) and target (what it links
to inside the knowledge base).`,
  async run(args) {
    const {values, positionals} = parse(args, {
      kb: {type: 'string'},
      kind: {type: 'string', multiple: true},
      to: {type: 'string', multiple: true},
      from: {type: 'string', multiple: true},
      ...ROW_OPTIONS
    })
    const kinds = choices(list(values, 'kind'), ReferenceKindSchema.options, 'kind')
    const to = list(values, 'to')
    const from = list(values, 'from')
    const kb = knowledgeBaseFrom(str(values, 'kb'), positionals)
    const rows = kb.documents
      .filter((d) => anyOf(from, (f) => d.id === f || contains(d.source.path, f)))
      .flatMap((doc) => {
        const labels = containerLabels(doc)
        return doc.references
          .filter((r) => (!kinds || kinds.has(r.kind)) && anyOf(to, (t) => keyMatches(r.key, t)))
          .map((r) => {
            const place = placeOf(doc, r, labels)
            return {
              document: doc.id,
              path: doc.source.path,
              instrument: r.instrument,
              place: place.label,
              kind: r.kind,
              key: r.key,
              surface: r.surface,
              date: r.date,
              in: r.in,
              sourceStart: r.sourceStart,
              sourceEnd: r.sourceEnd,
              context: place.snippet,
              target: r.target,
              url: r.url
            }
          })
      })
    writeRows(values, rows, {
      formats: ['table', 'csv', 'tsv', 'jsonl'],
      columns: CSV_COLUMNS,
      noun: 'references',
      table: {header: ['key', 'kind', 'document', 'instrument', 'place', 'context'], cells: (r) => [r.key, r.kind, r.path.split('/').pop() ?? r.path, r.instrument ?? 'report', r.place, r.context]}
    })
    return 0
  }
}
