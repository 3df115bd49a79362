import {parse, oneOf, str} from './args.js'
import type {Command} from './commands.js'
import {clip, knowledgeBaseFrom, textTable} from './source.js'
import {CliError} from './errors.js'
import {containerLabels, placeOf} from '../kb/places.js'
import {ReferenceKindSchema} from '../kb/schema.js'
import {csv, toJsonl} from '../kb/recommendations-export.js'

const FORMATS = ['table', 'jsonl', 'csv'] as const

/** `UNTOC/art32` matches itself and its paragraphs (`UNTOC/art32/para4`), not `UNTOC/art320`. */
export function keyMatches(key: string, wanted: string): boolean {
  if (key === wanted) return true
  return wanted.endsWith('/') ? key.startsWith(wanted) : key.startsWith(`${wanted}/`)
}

export const refsCommand: Command = {
  name: 'refs',
  summary: 'list citations: who cites what, and where',
  help: `Usage: reskb refs [--kb FILE | FILE...] [--kind K] [--to KEY] [--from DOC]
                  [--format table|jsonl|csv]

Lists every reference found: kind, canonical key, surface text, date, and
its place (document, instrument, paragraph, offsets).
  --kb FILE     knowledge base to read (default output/kb.json)
  FILE...       parse these texts instead of reading a knowledge base
  --kind K      ${ReferenceKindSchema.options.join(', ')}
  --to KEY      a key, or a key prefix: UNTOC/art32 also lists its paragraphs;
                a prefix ending in / lists everything under it (A/RES/)
  --from DOC    document id, or a part of its path
  --format F    table (default), jsonl, csv`,
  async run(args) {
    const {values, positionals} = parse(args, {
      kb: {type: 'string'},
      kind: {type: 'string'},
      to: {type: 'string'},
      from: {type: 'string'},
      format: {type: 'string'}
    })
    const format = oneOf(str(values, 'format'), FORMATS, 'format', 'table')
    const kind = str(values, 'kind')
    if (kind && !(ReferenceKindSchema.options as string[]).includes(kind)) throw new CliError(`--kind must be one of ${ReferenceKindSchema.options.join(', ')}`)
    const to = str(values, 'to')
    const from = str(values, 'from')
    const kb = knowledgeBaseFrom(str(values, 'kb'), positionals)
    const rows = kb.documents
      .filter((d) => !from || d.id === from || d.source.path.includes(from))
      .flatMap((doc) => {
        const labels = containerLabels(doc)
        return doc.references
          .filter((r) => (!kind || r.kind === kind) && (!to || keyMatches(r.key, to)))
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
    if (format === 'jsonl') process.stdout.write(toJsonl(rows))
    else if (format === 'csv') {
      process.stdout.write(csv(['path', 'instrument', 'place', 'kind', 'key', 'surface', 'date', 'sourceStart', 'sourceEnd', 'context', 'url'], rows))
    } else {
      process.stdout.write(
        `${textTable(
          ['key', 'kind', 'document', 'instrument', 'place', 'context'],
          rows.map((r) => [r.key, r.kind, r.path.split('/').pop() ?? r.path, r.instrument ?? 'report', r.place, clip(r.context, 50)])
        )}\n${rows.length} references\n`
      )
    }
    return 0
  }
}
