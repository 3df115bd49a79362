/**
 * Rows out, the same way for every query command: a table that fits the
 * terminal, CSV or TSV in the csvkit manner (safe for spreadsheets, BOM only
 * into a file or on request), or JSON lines.
 */
import {fstatSync} from 'node:fs'
import {list, oneOf, str, type Options, type ParsedArgs} from './args.js'
import {CliError} from './errors.js'
import {textTable} from './text.js'
import {csv, toJsonl} from '../kb/recommendations-export.js'

export type Format = 'table' | 'csv' | 'tsv' | 'jsonl'

export const ROW_OPTIONS = {
  format: {type: 'string'},
  tsv: {type: 'boolean'},
  columns: {type: 'string'},
  'no-header': {type: 'boolean'},
  bom: {type: 'boolean'},
  wide: {type: 'boolean'}
} satisfies Options

export const ROW_HELP = `  --tsv         the same as --format tsv
  --columns A,B csv, tsv, jsonl: only these columns, in this order
  --no-header   csv, tsv: no header line
  --bom         csv, tsv: a UTF-8 BOM even on a pipe (it is written when
                stdout is a file, for Excel, and not onto a pipe)
  --wide        table: every cell in full, whatever the terminal's width`

export interface RowSpec<T> {
  formats: readonly Format[]
  /** the columns of csv, tsv and jsonl, in their order */
  columns: readonly (keyof T & string)[]
  table: {header: string[]; cells: (row: T) => string[]}
  /** what a row is, for the count under the table: `references` */
  noun: string
}

/** Terminal width: the terminal's own, else $COLUMNS, else 100. */
export function terminalWidth(): number {
  if (process.stdout.isTTY && process.stdout.columns > 0) return process.stdout.columns
  const env = Number(process.env.COLUMNS)
  return Number.isInteger(env) && env > 0 ? env : 100
}

function stdoutIsFile(): boolean {
  try {
    return fstatSync(1).isFile()
  } catch {
    return false
  }
}

function chosenColumns<T>(values: ParsedArgs['values'], all: readonly (keyof T & string)[]): (keyof T & string)[] {
  const wanted = list(values, 'columns').flatMap((v) => v.split(',')).map((c) => c.trim()).filter(Boolean)
  if (wanted.length === 0) return [...all]
  return wanted.map((w) => {
    const found = all.find((c) => c.toLowerCase() === w.toLowerCase())
    if (found === undefined) throw new CliError(`--columns: no column '${w}' (columns: ${all.join(', ')})`, 2, {input: w, known: [...all]})
    return found
  })
}

function rowFormat(values: ParsedArgs['values'], formats: readonly Format[]): Format {
  const format = oneOf(str(values, 'format'), formats, 'format', 'table')
  if (values.tsv !== true) return format
  if (str(values, 'format') !== undefined && format !== 'tsv') throw new CliError(`--tsv and --format ${format} contradict each other`)
  return 'tsv'
}

export function writeRows<T>(values: ParsedArgs['values'], rows: T[], spec: RowSpec<T>): void {
  const format = rowFormat(values, spec.formats)
  if (format === 'table') {
    const width = values.wide === true ? Infinity : terminalWidth()
    process.stdout.write(`${textTable(spec.table.header, rows.map(spec.table.cells), width)}\n${rows.length} ${spec.noun}\n`)
    return
  }
  const columns = chosenColumns(values, spec.columns)
  if (format === 'jsonl') {
    const all = columns.length === spec.columns.length && columns.every((c, i) => c === spec.columns[i])
    process.stdout.write(toJsonl(all ? rows : rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c]])))))
    return
  }
  process.stdout.write(csv(columns, rows, {tsv: format === 'tsv', header: values['no-header'] !== true, bom: values.bom === true || stdoutIsFile()}))
}
