/**
 * Test support for the AKN export: the real XSD validator (xmllint, as
 * scripts/system-deps.sh installs it) and an independent reading of a
 * written file with fast-xml-parser.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {XMLParser} from 'fast-xml-parser'
import {FIXTURES_DIR} from './corpus.js'

export const AKN_SCHEMA = `${FIXTURES_DIR}akn/akomantoso30.xsd`

/** xmllint's verdict on each file: the error lines (none when it validates) and its exit status. */
export function validateAkn(files: {name: string; xml: string}[]): {status: number | null; errors: string[]} {
  const dir = mkdtempSync(join(tmpdir(), 'reskb-akn-'))
  const paths = files.map((f, i) => {
    const path = join(dir, `${i}-${f.name}`)
    writeFileSync(path, f.xml)
    return path
  })
  const run = spawnSync('xmllint', ['--noout', '--schema', AKN_SCHEMA, ...paths], {encoding: 'utf8', maxBuffer: 64 << 20})
  if (run.error) throw run.error
  const errors = run.stderr.split('\n').filter((l) => l.trim() !== '' && !l.endsWith(' validates'))
  return {status: run.status, errors}
}

type Node = Record<string, unknown> & {':@'?: Record<string, string>}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true
})

export interface Element {
  name: string
  attrs: Record<string, string>
  children: (Element | string)[]
}

function toElement(node: Node): Element | string {
  if ('#text' in node) return String(node['#text'])
  const name = Object.keys(node).find((k) => k !== ':@')!
  return {name, attrs: node[':@'] ?? {}, children: (node[name] as Node[]).map(toElement)}
}

export function parseAkn(xml: string): Element {
  const nodes = (parser.parse(xml) as Node[]).map(toElement)
  const root = nodes.find((n): n is Element => typeof n !== 'string' && n.name === 'akomaNtoso')
  if (!root) throw new Error('no <akomaNtoso> root')
  return root
}

export function childElements(e: Element, name?: string): Element[] {
  return e.children.filter((c): c is Element => typeof c !== 'string' && (name === undefined || c.name === name))
}

export function descendants(e: Element, name: string): Element[] {
  const out: Element[] = []
  const walk = (x: Element) => {
    for (const c of childElements(x)) {
      if (c.name === name) out.push(c)
      walk(c)
    }
  }
  walk(e)
  return out
}

/** All text of an element, in order; the printer's layout (a newline and indentation between elements) and metadata are not text. */
export function textOf(e: Element, skip: readonly string[] = ['meta']): string {
  return e.children.map((c) => (typeof c === 'string' ? (/^\n\s*$/.test(c) ? '' : c) : skip.includes(c.name) ? '' : textOf(c, skip))).join('')
}

/** What a reader recovers from an AKN statement: key, paragraph counts, operative labels, its references (cited key, surface without the notes inside), its text. */
export function readStatement(xml: string): {name: string; key: string; preamble: number; operative: string[]; referenceKeys: string[]; refs: {key: string; text: string}[]; text: string} {
  const root = parseAkn(xml)
  const statement = childElements(root, 'statement')[0]
  const meta = childElements(statement, 'meta')[0]
  const work = descendants(meta, 'FRBRWork')[0]
  const key = childElements(work, 'FRBRalias').find((a) => a.attrs.name === 'reskb')!.attrs.value
  const tlc = new Map(descendants(meta, 'TLCReference').map((t) => [`#${t.attrs.eId}`, t.attrs.showAs]))
  const preamble = descendants(statement, 'preamble').flatMap((p) => childElements(p, 'container'))
  const mainBody = childElements(statement, 'mainBody')[0]
  // The main body's paragraphs, and the headings between them (hcontainers), in order.
  const operative = childElements(mainBody).filter((e) => e.name === 'paragraph' || e.name === 'hcontainer').map((p) => textOf(childElements(p, 'num')[0] ?? {name: 'num', attrs: {}, children: []}))
  const refs = descendants(statement, 'ref').map((r) => ({key: tlc.get(r.attrs.refersTo) ?? `?${r.attrs.href}`, text: textOf(r, ['authorialNote'])}))
  const referenceKeys = refs.map((r) => r.key)
  const text = textOf(statement)
  return {name: statement.attrs.name, key, preamble: preamble.length, operative, referenceKeys, refs, text}
}
