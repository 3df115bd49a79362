/**
 * What the text itself is, and which of its references only name it.
 *
 * Self-keys: the symbol at the head of the document (a masthead field, a
 * running header, or the first symbol printed before any sentence), the keys
 * of its instruments, and the number of a heading that is nothing but a
 * resolution's name (`联合国安理会第353号决议`, `(重定向自…第11号决议)`).
 * A self-key in a heading, header, title line, masthead or metadata cites
 * nothing; the same symbol cited in running prose (`载于…`, `(…)`, `…号文件`) is
 * a reference. In those label lines, links to the resolutions numbered just
 * before and after the text's own are site navigation, not citations.
 */
import {findSymbols} from '../refs/symbols.js'
import type {IdentityLine} from './types.js'

/** How far into the document a masthead symbol may stand. */
const HEAD_SPAN = 400

const CITING_BEFORE = /(?:\(|载于|见|参看|参阅|根据|按照|依照|\bin\s)\s*$/
const CITING_AFTER = /^\s*(?:号文件|所载|号)/

/** A symbol printed as a citation in prose, not as a label. */
export function citedInProse(text: string, start: number, end: number): boolean {
  return CITING_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || CITING_AFTER.test(text.slice(end, end + 6))
}

/** The document's own symbol: in a masthead field or header, else the first one printed before any sentence. */
export function headSymbol(fields: IdentityLine[], lines: IdentityLine[]): {key: string; start: number; end: number} | undefined {
  for (const f of fields) {
    const s = findSymbols(f.text).find((h) => h.kind === 'symbol' || h.rule === 'res-symbol')
    if (s) return {key: s.key, start: f.start + s.start, end: f.start + s.end}
  }
  let read = 0
  for (const line of lines) {
    if (read > HEAD_SPAN) break
    const stop = line.text.indexOf('。')
    for (const s of findSymbols(line.text)) {
      if (read + s.start > HEAD_SPAN || (stop >= 0 && s.start > stop)) break
      if (!citedInProse(line.text, s.start, s.end)) return {key: s.key, start: line.start + s.start, end: line.start + s.end}
    }
    if (stop >= 0) break
    read += line.text.length
  }
  return undefined
}

/** A reference as the filter sees it: its kind, key and place in its unit. */
export interface PlacedKey {
  kind: string
  key: string
  unit: string
  start: number
  end: number
}

/** A text unit: `label` when it is a heading, title, header, masthead or metadata field rather than prose. */
export interface KeyUnit {
  id: string
  text: string
  label: boolean
}

/** A unit that reads as a label: no sentence punctuation, short. */
export function readsAsLabel(text: string): boolean {
  const t = text.trim()
  return t.length > 0 && t.length <= 120 && !/[,。;]/.test(t)
}

/** `S/RES/353(1974)` → `353`; undefined for keys that are not resolutions or decisions. */
function numberOf(key: string): string | undefined {
  const m = /\/(?:RES|DEC)\/(.+)$/.exec(key)
  return m ? m[1].replace(/\(\d{4}\)$/, '') : undefined
}

/** A web page's metadata field about the text itself (`通过日期 …第45/123号决议通过`, `原始文本 查看…`). */
const METADATA_FIELD = /^\s*(?:通过日期|原始文本|文件编号|文号|来源|出处)/

const HEADING_REST = /联合国|重定向自|[()\s|←→]|\d{4}年\d{1,2}月\d{1,2}日/g

/**
 * Which references only name the text itself (or its neighbours in a site's
 * navigation): `true` to drop. Also returns the self-keys the headings added.
 */
export function identityOccurrences(refs: PlacedKey[], units: KeyUnit[], selfKeys: string[]): {drop: boolean[]; selfKeys: string[]} {
  const byId = new Map(units.map((u) => [u.id, u]))
  const keys = new Set(selfKeys)
  const refsOf = new Map<string, PlacedKey[]>()
  for (const r of refs) {
    const list = refsOf.get(r.unit)
    if (list) list.push(r)
    else refsOf.set(r.unit, [r])
  }
  // a heading that is nothing but one resolution's name is the text's own number,
  // unless it names a neighbour of a number already known (site navigation)
  const heading = new Set<PlacedKey>()
  const numbers = new Set([...keys].map(numberOf).filter((n): n is string => n !== undefined))
  const neighbours = new Set<string>()
  const addNumber = (n: string) => {
    numbers.add(n)
    if (/^\d+$/.test(n)) for (const d of [-1, 1]) neighbours.add(String(Number(n) + d))
  }
  for (const n of [...numbers]) addNumber(n)
  for (const u of units) {
    const rs = (refsOf.get(u.id) ?? []).filter((r) => numberOf(r.key) !== undefined)
    if (!u.label || rs.length !== 1) continue
    const r = rs[0]
    const rest = (u.text.slice(0, r.start) + u.text.slice(r.end)).replace(HEADING_REST, '')
    if (rest !== '' && !METADATA_FIELD.test(u.text)) continue
    heading.add(r)
    const n = numberOf(r.key)!
    if (neighbours.has(n) && !numbers.has(n)) continue
    keys.add(r.key)
    addNumber(n)
  }
  const drop = refs.map((r) => {
    const unit = byId.get(r.unit)
    if (!unit) return false
    if (heading.has(r)) return true
    const n = numberOf(r.key)
    // a symbol (or a resolution printed as its symbol) is the text's own wherever it is not cited
    const printedAsSymbol = unit.text.slice(r.start, r.end).replace(/\s+/g, '') === r.key
    if (printedAsSymbol && keys.has(r.key) && !citedInProse(unit.text, r.start, r.end)) return true
    if (!unit.label || n === undefined) return false
    return numbers.has(n) || neighbours.has(n)
  })
  return {drop, selfKeys: [...keys].sort()}
}
