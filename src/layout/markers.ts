/**
 * Footnote markers whose superscript was lost in conversion: `第八十次會議通過。25`,
 * `…的报告5，`, `第四届会议*2008年`. A bare number (or an asterisk) in
 * running text is a marker only when a footnote definition with that label
 * stands below it, at the foot of the same page (a block of definition lines
 * before the next page's text), and the text cites that label nowhere else.
 */
import type {Line} from '../parse/lines.js'
import {toMarker} from './slice.js'

/** `25 未舉行表決。`, `*为节约起见…`: a definition line, and its label. */
const DEFINITION = /^(?:(\d{1,3})\s+(?![年月日号条款段届次个项名%])(?=\S)|(\*)\s*(?=\S))/
/** A bare number glued to text: after a character of text, not after 第 or a digit; before punctuation, a space, the end or a Han character that is no unit. */
const DIGITS_AFTER = /(?<=[\p{Script=Han}。；;：:，,》」”）)])(?<!第)\s?(\d{1,3})(?![\d.．\/年月日号条款段届次个项名%倍])(?=[\s，。；：,.;:、|]|$|[\p{Script=Han}])/gu
/** An asterisk in text, not one of a barcode's (`*0854117*`). */
const STAR = /(?<!\*\d{6,9})\*(?!\d{6,9}\*)/g

export function definitionLabel(line: Line): string | null {
  // A definition cites no footnote of its own.
  if (line.markers.length > 0) return null
  const m = DEFINITION.exec(line.norm)
  return m ? (m[1] ?? m[2]) : null
}

/** Lines with lost markers turned back into markers. */
export function recoverMarkers(lines: Line[]): Line[] {
  const cited = new Set<string>()
  for (const line of lines) for (const m of line.markers) cited.add(m.label)
  const out = [...lines]
  // A page's definitions: a run of definition lines; its text: the lines since the previous run.
  let pageStart = 0
  let i = 0
  while (i < out.length) {
    if (definitionLabel(out[i]) === null) {
      i++
      continue
    }
    let j = i
    const labels: string[] = []
    while (j < out.length && definitionLabel(out[j]) !== null) labels.push(definitionLabel(out[j]) as string), j++
    for (const label of labels) {
      if (cited.has(label)) continue
      for (let k = i - 1; k >= pageStart; k--) {
        const found = findMarker(out[k], label)
        if (found) {
          out[k] = toMarker(out[k], found[0], found[1])
          cited.add(label)
          break
        }
      }
    }
    pageStart = j
    i = j
  }
  return out
}

/** The last place in a line where `label` stands as a glued marker: [from, to) of the clean text. */
function findMarker(line: Line, label: string): [number, number] | null {
  if (line.furniture || definitionLabel(line) !== null) return null
  const re = label === '*' ? STAR : DIGITS_AFTER
  let hit: [number, number] | null = null
  for (const m of line.norm.matchAll(re)) {
    const digits = label === '*' ? m[0] : m[1]
    if (digits !== label) continue
    const at = (m.index ?? 0) + m[0].length - digits.length
    if (at === 0) continue
    hit = [at, at + digits.length]
  }
  return hit
}
