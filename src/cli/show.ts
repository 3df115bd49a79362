import {parse, oneOf, str} from './args.js'
import type {Command} from './commands.js'
import {CliError} from './errors.js'
import {clip, knowledgeBaseFrom} from './source.js'
import {keyMatches} from './refs.js'
import {containerLabels, placeOf, type Place} from '../kb/places.js'
import {closestKeys} from '../query/suggest.js'
import {naturalCompare} from '../kb/xref-index.js'
import type {Document, Instrument, KnowledgeBase} from '../kb/schema.js'

const FORMATS = ['text', 'json'] as const

export interface Shown {
  key: string
  instrument: {document: string; path: string; outline: Outline} | null
  url: string | null
  citations: Place[]
  cites: {key: string; kind: string; count: number}[]
}

interface Outline {
  key: string
  title: string | null
  adoptedBy: string | null
  preamble: {lead: string | null; action: string | null}[]
  operative: {label: string | null; lead: string | null; action: string | null; text: string}[]
  annexes: {label: string; title: string | null; paragraphs: number; recommendations: number}[]
}

function outline(doc: Document, inst: Instrument): Outline {
  return {
    key: inst.key,
    title: inst.title,
    adoptedBy: inst.adoptedBy,
    preamble: inst.preamble.map((p) => ({lead: p.lead, action: p.action})),
    operative: inst.operative.map((p) => ({label: p.label, lead: p.lead, action: p.action, text: clip(p.text, 60)})),
    annexes: inst.annexes.map((a) => ({
      label: a.label,
      title: a.title,
      paragraphs: a.paragraphs.length,
      recommendations: doc.recommendationLists.filter((l) => l.in === inst.key && l.annex === a.label).reduce((n, l) => n + l.items.length, 0)
    }))
  }
}

/** Everything the knowledge base knows about a key: an instrument, a cited referent, or both. */
export function show(kb: KnowledgeBase, key: string): Shown | null {
  let instrument: Shown['instrument'] = null
  for (const doc of kb.documents) {
    const inst = doc.instruments.find((i) => i.key === key)
    if (inst) {
      instrument = {document: doc.id, path: doc.source.path, outline: outline(doc, inst)}
      break
    }
  }
  const citations: Place[] = []
  let url: string | null = null
  const cites = new Map<string, {key: string; kind: string; count: number}>()
  for (const doc of kb.documents) {
    const labels = containerLabels(doc)
    for (const ref of doc.references) {
      if (ref.kind !== 'footnote' && ref.kind !== 'paragraph' && keyMatches(ref.key, key)) {
        citations.push(placeOf(doc, ref, labels))
        url ??= ref.url
      }
      if (instrument && ref.instrument === key && doc.id === instrument.document && ref.kind !== 'footnote' && ref.kind !== 'paragraph') {
        const c = cites.get(ref.key) ?? {key: ref.key, kind: ref.kind, count: 0}
        c.count++
        cites.set(ref.key, c)
      }
    }
  }
  if (!instrument && citations.length === 0) return null
  return {key, instrument, url, citations, cites: [...cites.values()].sort((a, b) => naturalCompare(a.key, b.key))}
}

export function knownKeys(kb: KnowledgeBase): string[] {
  const keys = new Set<string>()
  for (const doc of kb.documents) {
    for (const inst of doc.instruments) keys.add(inst.key)
    for (const ref of doc.references) if (ref.kind !== 'footnote' && ref.kind !== 'paragraph') keys.add(ref.key)
  }
  return [...keys].sort()
}

function render(s: Shown): string {
  const out: string[] = []
  if (s.instrument) {
    const o = s.instrument.outline
    out.push(`${o.key}  ${o.title ?? ''}`, `  in ${s.instrument.path}`, `  adopted by ${o.adoptedBy ?? '—'}`)
    out.push(`  preamble: ${o.preamble.length} paragraphs (${o.preamble.map((p) => p.lead ?? '—').join('、')})`)
    out.push(`  operative: ${o.operative.length} paragraphs`)
    for (const p of o.operative) out.push(`    ${(p.label ?? '').padStart(3)}. [${p.action ?? '—'}] ${p.text}`)
    for (const a of o.annexes) out.push(`  ${a.label} ${a.title ?? ''} — ${a.paragraphs} paragraphs${a.recommendations ? `, ${a.recommendations} recommendations` : ''}`)
    out.push(`  cites: ${s.cites.length === 0 ? 'nothing' : s.cites.map((c) => `${c.key}${c.count > 1 ? ` ×${c.count}` : ''}`).join(', ')}`)
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
    const kb = knowledgeBaseFrom(str(values, 'kb'), (values.file as string[] | undefined) ?? [])
    const key = positionals[0].replace(/\s+/g, '')
    const shown = show(kb, key)
    if (!shown) {
      const near = closestKeys(key, knownKeys(kb), 5)
      throw new CliError(`no instrument or citation with the key ${key}${near.length ? `; did you mean: ${near.join(', ')}?` : ''}`, 1)
    }
    process.stdout.write(format === 'json' ? `${JSON.stringify(shown, null, 2)}\n` : `${render(shown)}\n`)
    return 0
  }
}
