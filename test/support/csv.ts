/** Test support: an RFC 4180 reader (quotes, doubled quotes, CRLF), to read back what the tool writes as a spreadsheet would. */
import {join} from 'node:path'
import {ROOT} from './corpus.js'

/** A resolution whose cells would run as spreadsheet formulas (=, +, -, @) if written as they are. */
export const FORMULA_INJECTION_INPUT = join(ROOT, 'test/cases/hostile-input/csv-formula-injection.txt')

export function readCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === separator) {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}
