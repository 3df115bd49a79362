/**
 * Tab-separated rows → tables. PDF conversion leaves a table as one line per
 * row with tabs between cells; a caption line (`表 1`) and a title line may
 * stand above, and lettered notes (`<sup>a</sup> …`) below.
 */
import type {Line} from '../parse/lines.js'
import type {Table, TableCell} from '../kb/schema.js'
import {setSourceMap, type FootnoteResolver} from './draft.js'

/** A paragraph or instrument label that a tab separates from its text (`1.\t请…`, `31/1.\t标题`): not a cell. */
const LABEL_CELL = /^\s*(\d{1,3}\s*[.．]?|(?:S-)?\d{1,4}\/\d{1,4}\s*[A-Z]?\s*[.．]|[(（][a-z]{1,5}[)）]|[-–•])\s*$/

/** A row has a tab between two cells (a leading tab alone is indentation). */
export function isTableRow(line: Line): boolean {
  const i = line.norm.indexOf('\t')
  return i > 0 && line.norm.slice(i).trim() !== '' && !LABEL_CELL.test(line.norm.slice(0, i))
}

interface Pending {
  caption: Line | null
  title: Line | null
  rows: Line[]
  notes: Line[]
}

export class TableBuilder {
  readonly done: Pending[] = []
  pending: Pending | null = null
  /** the table that lettered notes attach to */
  lastTable: Pending | null = null
  docId = ''

  caption(line: Line): void {
    this.close()
    this.pending = {caption: line, title: null, rows: [], notes: []}
  }

  hasRows(): boolean {
    return this.pending !== null && this.pending.rows.length > 0
  }

  wantsTitle(): boolean {
    return this.pending !== null && this.pending.rows.length === 0 && this.pending.title === null
  }

  title(line: Line): void {
    if (this.pending) this.pending.title = line
  }

  /** Adds a row; returns the id the table will have. */
  row(line: Line, docId: string): string {
    this.docId = docId
    this.pending ??= {caption: null, title: null, rows: [], notes: []}
    this.pending.rows.push(line)
    return tableId(docId, this.done.length + 1)
  }

  /** A lettered note line under a table (`<sup>a</sup> …`). */
  note(line: Line): boolean {
    const target = this.pending?.rows.length ? this.pending : this.lastTable
    if (!target || !/^[a-z]$/.test(line.markers[0]?.label ?? '')) return false
    this.close()
    target.notes.push(line)
    return true
  }

  close(): void {
    const p = this.pending
    if (!p) return
    this.pending = null
    // A caption with no rows is kept as a table without cells: nothing is lost.
    this.done.push(p)
    this.lastTable = p
  }

  finish(footnoteOf: FootnoteResolver): Table[] {
    this.close()
    return this.done.map((p, i) => toTable(p, tableId(this.docId, i + 1), footnoteOf))
  }
}

function tableId(docId: string, n: number): string {
  return `${docId}/table_${n}`
}

function cells(line: Line, footnoteOf: FootnoteResolver): TableCell[] {
  const out: TableCell[] = []
  let from = 0
  const parts = line.text.split('\t')
  for (const part of parts) {
    const to = from + part.length
    const lead = part.length - part.trimStart().length
    const trail = part.length - part.trimEnd().length
    const a = from + lead
    const b = Math.max(a, to - trail)
    const cell: TableCell = {
      text: line.text.slice(a, b),
      start: line.map[a] ?? line.start,
      end: b > a ? line.map[b - 1] + 1 : (line.map[a] ?? line.start),
      markers: line.markers
        .filter((m) => m.at >= from && m.at <= to)
        .map((m) => ({n: m.label, printed: m.printed, at: m.at - a, start: m.start, end: m.end, footnote: footnoteOf(m.label, m.start)}))
    }
    setSourceMap(cell, line.map.slice(a, b))
    out.push(cell)
    from = to + 1
  }
  return out
}

function toTable(p: Pending, id: string, footnoteOf: FootnoteResolver): Table {
  const rows = p.rows.map((r) => cells(r, footnoteOf))
  const keyValue = rows.length > 0 && rows.every((r) => /[：:]$/.test(r[0]?.text ?? ''))
  const all = [p.caption, p.title, ...p.rows, ...p.notes].filter((l): l is Line => l !== null)
  return {
    id,
    kind: keyValue ? 'key-value' : 'grid',
    caption: p.caption?.text ?? null,
    title: p.title?.text ?? null,
    header: keyValue ? [] : (rows[0] ?? []),
    rows: keyValue ? rows : rows.slice(1),
    notes: p.notes.map((n) => {
      const note = {label: n.markers[0].label, text: n.text, start: n.map[0] ?? n.start, end: (n.map.at(-1) ?? n.end - 1) + 1}
      setSourceMap(note, n.map)
      return note
    }),
    start: all.reduce((min, l) => Math.min(min, l.start), Infinity),
    end: all.reduce((max, l) => Math.max(max, l.end), 0)
  }
}
