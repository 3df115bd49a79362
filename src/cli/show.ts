import {parse, oneOf, str} from './args.js'
import type {Command} from './commands.js'
import {CliError} from './errors.js'
import {DEFAULT_KB} from './text.js'
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import type {Place} from '../kb/places.js'
import {DamagedIndexError, SHOW_INDEX_FILE, lookupRecords, lookupShowIndex, showIndexHeader, showIndexKeys, showRecords, type Outline, type ShowRecord} from '../kb/show-index.js'
import {DAMAGED, notOfThisBuild, settleOutput} from '../kb/transaction.js'

const FORMATS = ['text', 'json'] as const

export interface Shown {
  key: string
  instrument: Outline | null
  url: string | null
  citations: Place[]
}

/** Everything known about a key, from its records: an instrument, a cited referent, or both. */
export function shownFrom(key: string, records: ShowRecord[]): Shown | null {
  if (records.length === 0) return null
  let instrument: Outline | null = null
  let url: string | null = null
  const citations: Place[] = []
  for (const r of records) {
    if (r.type === 'instrument') {
      if (r.key === key) instrument = r.outline
    } else {
      citations.push(r.place)
      url ??= r.url
    }
  }
  return {key, instrument, url, citations}
}

/** Records and known keys from the show index beside kb.json, or from files parsed now (the pipeline is imported only then). */
async function source(kbPath: string | undefined, files: string[]): Promise<{lookup: (key: string) => ShowRecord[]; keys: () => string[]}> {
  if (files.length === 0) {
    settleOutput(dirname(kbPath ?? DEFAULT_KB))
    const file = join(dirname(kbPath ?? DEFAULT_KB), SHOW_INDEX_FILE)
    if (existsSync(file)) {
      const bytes = readFileSync(file)
      const damaged = (reason: string): CliError => new CliError(`${file}: ${DAMAGED} (${reason})`)
      const checked = <T>(read: () => T): T => {
        try {
          return read()
        } catch (error) {
          if (error instanceof DamagedIndexError) throw damaged(error.message)
          throw error
        }
      }
      const header = checked(() => showIndexHeader(bytes))
      const foreign = notOfThisBuild(dirname(file), SHOW_INDEX_FILE, bytes.length, header.generation)
      if (foreign) throw damaged(foreign)
      return {lookup: (key) => checked(() => lookupShowIndex(bytes, key)), keys: () => checked(() => showIndexKeys(bytes))}
    }
  }
  const {knowledgeBaseFrom} = await import('./source.js')
  const records = showRecords(knowledgeBaseFrom(kbPath, files))
  return {lookup: (key) => lookupRecords(records, key), keys: () => [...new Set(records.map((r) => r.key))]}
}

function render(s: Shown): string {
  const out: string[] = []
  if (s.instrument) {
    const o = s.instrument
    out.push(`${o.key}  ${o.title ?? ''}`, `  in ${o.path}`, `  adopted by ${o.adoptedBy ?? '—'}`)
    out.push(`  preamble: ${o.preamble.length} paragraphs (${o.preamble.map((p) => p.lead ?? '—').join('、')})`)
    out.push(`  operative: ${o.operative.length} paragraphs`)
    for (const p of o.operative) out.push(`    ${(p.label ?? '').padStart(3)}. [${p.action ?? '—'}] ${p.text}`)
    for (const a of o.annexes) {
      const parts = [`${a.paragraphs} paragraphs`, ...(a.tables ? [`${a.tables} tables`] : []), ...(a.recommendations ? [`${a.recommendations} recommendations`] : [])]
      out.push(`  ${a.label} ${a.title ?? ''} — ${parts.join(', ')}`)
    }
    out.push(`  cites: ${o.cites.length === 0 ? 'nothing' : o.cites.map((c) => `${c.key}${c.count > 1 ? ` ×${c.count}` : ''}`).join(', ')}`)
  }
  if (s.url) out.push(`official document: ${s.url}`)
  out.push(`${s.instrument ? 'cited by' : 'cited'}: ${s.citations.length} ${s.citations.length === 1 ? 'place' : 'places'}`)
  for (const c of s.citations) out.push(`  ${c.path} · ${c.instrument ?? 'report'} · ${c.label}`, `      ${c.snippet}`)
  return out.join('\n')
}

export const showCommand: Command = {
  name: 'show',
  summary: 'everything about an instrument or a cited key',
  help: `Usage: reskb show KEY [--kb FILE | --file FILE...] [--format text|json]

Shows an instrument of the knowledge base (its outline: title, adopting body,
preamble leads, operative paragraphs with their actions, annexes; what it
cites; who cites it), or every citation of a key with its context.
KEY is a canonical key (SPEC.md): CTOC/COP/RES/9/1, A/RES/69/197,
UNTOC/art18/para13 (a key also shows its sub-keys), A/69/489, UNTS/2225/39574.
An unknown key gets the closest known keys as suggestions.`,
  async run(args) {
    const {values, positionals} = parse(args, {kb: {type: 'string'}, file: {type: 'string', multiple: true}, format: {type: 'string'}})
    if (positionals.length !== 1) throw new CliError('give exactly one KEY')
    const format = oneOf(str(values, 'format'), FORMATS, 'format', 'text')
    const {lookup, keys} = await source(str(values, 'kb'), (values.file as string[] | undefined) ?? [])
    const key = positionals[0].replace(/\s+/g, '')
    const shown = shownFrom(key, lookup(key))
    if (!shown) {
      const {closestKeys} = await import('../query/suggest.js')
      const near = closestKeys(key, keys(), 5)
      throw new CliError(`no instrument or citation with the key ${key}${near.length ? `; did you mean: ${near.join(', ')}?` : ''}`, 1)
    }
    process.stdout.write(format === 'json' ? `${JSON.stringify(shown, null, 2)}\n` : `${render(shown)}\n`)
    return 0
  }
}
