/**
 * Test-only: TextUnits from a corpus file, as the document parser will hand
 * them over (markup and markers removed, one unit per non-empty line,
 * footnote definitions and table rows flagged, instrument headings left out).
 */
import type {TextUnit} from '../types.js'

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹'

function supNumber(s: string): number {
  return Number([...s].map((c) => SUP.indexOf(c)).join(''))
}

/** A heading that only names an instrument (`第 9/1 号决议`): the caller does not pass these. */
const INSTRUMENT_HEADING = /^第\s*[\dA-Z/()\s-]+\s*号\s*(?:决议|决定)$/

export function unitsFromText(text: string): TextUnit[] {
  const units: TextUnit[] = []
  const lines = text.split(/\r?\n/)
  lines.forEach((raw, i) => {
    let line = raw.replace(/^\s*#{1,6}\s+/, '').replace(/\*\*/g, '')
    line = line.replace(/\[([^\]]*)\]\(#?[^)]*\)/g, '$1').replace(/^\s*\\\*/, '*')
    let footnote: string | undefined
    const fn = /^\s*(?:<sup>(\d+)<\/sup>|([⁰¹²³⁴⁵⁶⁷⁸⁹]+))\s*(?=\S)/.exec(line)
    if (fn) {
      footnote = String(fn[1] ? Number(fn[1]) : supNumber(fn[2]))
      line = line.slice(fn[0].length)
    }
    line = line.replace(/<sup>[^<]*<\/sup>/g, '').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    line = line.replace(/^\s*-\s+/, '').replace(/^\s*(?:\d+\.(?!\d)|\([a-z]\))\s*/, '')
    const inTable = line.includes('\t')
    line = line.trim()
    if (!line || INSTRUMENT_HEADING.test(line)) return
    const unit: TextUnit = {id: `L${i + 1}`, text: line}
    if (footnote !== undefined) unit.footnote = footnote
    if (inTable) unit.inTable = true
    units.push(unit)
  })
  return units
}
