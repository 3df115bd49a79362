/**
 * The setext trap: Markdown reads a run of text lines followed by a `---`
 * line (a page break in PDF conversions) as one heading. A real heading is
 * one printed line; a run of several lines read as a setext heading is body
 * text, so its lines lose the heading flag. ATX headings (`## …`) keep it:
 * they carry their mark on the line itself.
 */
import type {Line} from '../parse/lines.js'

/** A heading line whose text starts the line: no `#` mark before it, so Markdown took it for a setext heading. */
function setextLine(line: Line): boolean {
  return line.heading && line.map.length > 0 && line.map[0] - line.start <= 3
}

export function unmarkSetextRuns(lines: Line[]): Line[] {
  const out = [...lines]
  let i = 0
  while (i < out.length) {
    if (!setextLine(out[i])) {
      i++
      continue
    }
    let j = i + 1
    while (j < out.length && setextLine(out[j]) && out[j].n === out[j - 1].n + 1 && out[j].blankBefore === 0) j++
    if (j - i >= 2) for (let k = i; k < j; k++) out[k] = {...out[k], heading: false}
    i = j
  }
  return out
}
