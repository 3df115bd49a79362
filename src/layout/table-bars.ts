/**
 * Web editions set a text in a table: each printed line ends in a cell
 * separator (`铭记…第十一条, |`). The trailing bar is page furniture: cut off
 * as a block of its own, so the line ends where its text ends.
 */
import type {Line} from '../parse/lines.js'
import {splitLineAt} from './slice.js'

const TRAILING_BAR = /\s\|\s*$/

export function splitTableBars(lines: Line[]): Line[] {
  const out: Line[] = []
  for (const line of lines) {
    const m = TRAILING_BAR.exec(line.norm)
    if (!m || line.furniture || line.norm.includes('\t') || line.norm.trim() === '|') {
      out.push(line)
      continue
    }
    const [text, bar] = splitLineAt(line, [(m.index ?? 0) + 1])
    out.push(text)
    if (bar) out.push({...bar, furniture: true})
  }
  return out
}
