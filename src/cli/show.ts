import {parse, oneOf, str} from './args.js'
import type {Command} from './commands.js'
import {CliError} from './errors.js'
import {DEFAULT_KB, clipToWidth} from './text.js'
import {lookupKey} from './key-lookup.js'
import {terminalWidth} from './rows.js'
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import type {Place} from '../kb/places.js'
import {DamagedIndexError, SHOW_INDEX_FILE, lookupRecords, lookupShowIndex, showIndexHeader, showIndexKeys, showRecords, type Outline, type ShowRecord, type TextIdentity} from '../kb/show-index.js'
import {DAMAGED, notOfThisBuild, settleOutput} from '../kb/transaction.js'

const FORMATS = ['text', 'json'] as const

export interface Shown {
  key: string
  instrument: Outline | null
  /** texts whose own symbol this is */
  texts: TextIdentity[]
  url: string | null
  citations: Place[]
}

/** Everything known about a key, from its records: an instrument, a cited referent, or both. */
export function shownFrom(key: string, records: ShowRecord[]): Shown | null {
  if (records.length === 0) return null
  let instrument: Outline | null = null
  let url: string | null = null
  const citations: Place[] = []
  const texts: TextIdentity[] = []
  for (const r of records) {
    if (r.type === 'instrument') {
      if (r.key === key) instrument = r.outline
    } else if (r.type === 'document') {
      if (r.key === key) texts.push(r.text)
    } else {
      citations.push(r.place)
      if (r.key === key) url ??= r.url
    }
  }
  return {key, instrument, texts, url: url ?? instrument?.url ?? null, citations}
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

function issuerLine(i: {prefix: string; evidence: string[]}): string {
  return `${i.prefix} — ${i.evidence.length ? i.evidence.join('; ') : 'no evidence'}`
}

function render(s: Shown, width: number): string {
  const out: string[] = []
  if (s.instrument) {
    const o = s.instrument
    out.push(`${o.key}  ${o.title ?? ''}`, `  in ${o.path}`, `  adopted by ${o.adoptedBy ?? '—'}`)
    out.push(`  issuer: ${issuerLine(o.issuer)}`)
    out.push(`  preamble: ${o.preamble.length} paragraphs (${o.preamble.map((p) => p.lead ?? '—').join('、')})`)
    out.push(`  operative: ${o.operative.length} paragraphs`)
    for (const p of o.operative) out.push(clipToWidth(`    ${(p.label ?? '').padStart(3)}. [${p.action ?? '—'}] ${p.text.replace(/\s+/g, ' ')}`, width))
    for (const a of o.annexes) {
      const parts = [`${a.paragraphs} paragraphs`, ...(a.tables ? [`${a.tables} tables`] : []), ...(a.recommendations ? [`${a.recommendations} recommendations`] : [])]
      out.push(`  ${a.label} ${a.title ?? ''} — ${parts.join(', ')}`)
    }
    out.push(`  cites: ${o.cites.length === 0 ? 'nothing' : o.cites.map((c) => `${c.key}${c.count > 1 ? ` ×${c.count}` : ''}`).join(', ')}`)
  }
  for (const t of s.texts) out.push(`${s.key}  the text of ${t.path}`, `  issuer: ${issuerLine(t.issuer)}`)
  if (s.url) out.push(`official document: ${s.url}`)
  out.push(`${s.instrument ? 'cited by' : 'cited'}: ${s.citations.length} ${s.citations.length === 1 ? 'place' : 'places'}`)
  for (const c of s.citations) out.push(`  ${c.path} · ${c.instrument ?? 'report'} · ${c.label}`, clipToWidth(`      ${c.snippet}`, width))
  return out.join('\n')
}

export const showCommand: Command = {
  name: 'show',
  summary: 'everything about an instrument or a cited key',
  help: `Usage: reskb show KEY [--kb FILE | --file FILE...] [--format text|json] [--wide]

Shows an instrument of the knowledge base (its outline: title, adopting body,
preamble leads, operative paragraphs with their actions, annexes; what it
cites; who cites it), or every citation of a key with its context.
KEY is a canonical key (SPEC.md): CTOC/COP/RES/9/1, A/RES/69/197,
UNTOC/art18/para13 (a key also shows its sub-keys), A/69/489, UNTS/2225/39574;
in any case, or an instrument's number alone or as printed (9/1, 第9/1号决议)
when one key has it. An unknown key gets the closest known keys as suggestions.
  --format F  text (default; lines cut to the terminal's width) or json (in full,
              with the official document's url where the key is a UN symbol)
  --wide      text: lines in full`,
  async run(args) {
    const {values, positionals} = parse(args, {kb: {type: 'string'}, file: {type: 'string', multiple: true}, format: {type: 'string'}, wide: {type: 'boolean'}})
    if (positionals.length !== 1) throw new CliError('give exactly one KEY')
    const format = oneOf(str(values, 'format'), FORMATS, 'format', 'text')
    const {lookup, keys} = await source(str(values, 'kb'), (values.file as string[] | undefined) ?? [])
    const asked = positionals[0].trim()
    let records = lookup(asked)
    let key = asked
    if (records.length === 0) {
      const found = lookupKey(asked, keys())
      if (found && 'ambiguous' in found) throw new CliError(`${asked} is the number of several instruments: ${found.ambiguous.join(', ')}; give one of them`, 1)
      if (found) {
        key = found.key
        records = lookup(key)
      }
    }
    const shown = shownFrom(key, records)
    if (!shown) throw new CliError(`no instrument or citation with the key ${asked}`, 1, {input: asked, known: keys()})
    process.stdout.write(format === 'json' ? `${JSON.stringify(shown, null, 2)}\n` : `${render(shown, values.wide === true ? Infinity : terminalWidth())}\n`)
    return 0
  }
}
