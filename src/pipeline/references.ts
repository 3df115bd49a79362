/**
 * The reference stage: every text of a document (paragraphs, footnotes,
 * table rows, masthead fields) in reading order becomes a unit for the
 * citation extractor (src/refs), read in its analysis form; what it finds is
 * placed back on the container with offsets into the container's text and
 * into the original input. Footnote markers are references too.
 */
import type {Document, Paragraph, Reference, Table} from '../kb/schema.js'
import type {InstrumentOut, SectionOut, StructureResult} from '../structure/build.js'
import {sourceMapOf} from '../structure/draft.js'
import {analysisForm, type Script} from '../ingest/script.js'
import {extractReferences, type FoundRef, type TextUnit} from '../refs/index.js'
import {undocsUrl} from '../un/undocs.js'
import {identityOccurrences, readsAsLabel} from '../identity/index.js'

interface Unit {
  id: string
  container: Reference['container']
  instrument: string | null
  text: string
  /** source offset of every character of `text` */
  map: number[]
  start: number
  footnote?: string
  inTable?: boolean
  /** a heading, title line or masthead field rather than prose */
  label?: boolean
  /** the paragraph, for linking paragraph references */
  paragraph?: Paragraph
  scope?: Paragraph[]
}

export function findReferences(doc: Omit<Document, 'references' | 'recommendationLists'>, structure: StructureResult, script: Script): Reference[] {
  const units = collectUnits(doc, structure)
  units.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1))
  const byId = new Map(units.map((u) => [u.id, u]))
  const textUnits: TextUnit[] = units.map((u) => ({
    id: u.id,
    text: analysisForm(u.text, script),
    ...(u.footnote !== undefined ? {footnote: u.footnote} : {}),
    ...(u.inTable ? {inTable: true} : {})
  }))
  const extracted = extractReferences(textUnits, {issuer: doc.identity.numberingBody})
  // the text's own symbol, number or navigation is identity, not citation
  const self = identityOccurrences(
    extracted.map((f) => ({kind: f.kind, key: f.key, unit: f.unitId, start: f.start, end: f.end})),
    textUnits.map((t, i) => ({id: t.id, text: t.text, label: units[i].label === true || units[i].container === 'meta' || readsAsLabel(t.text)})),
    doc.identity.selfKeys
  )
  doc.identity.selfKeys = self.selfKeys
  const found = extracted.filter((_, i) => !self.drop[i])
  const refs: Omit<Reference, 'id'>[] = []
  for (const f of found) {
    const unit = byId.get(f.unitId)
    if (unit) refs.push(place(f, unit, doc))
  }
  for (const unit of units) {
    if (!unit.paragraph) continue
    for (const m of unit.paragraph.markers) {
      refs.push({
        kind: 'footnote',
        key: `fn${m.n}`,
        surface: m.printed,
        date: null,
        hard: false,
        rule: 'footnote-marker',
        container: unit.container,
        in: unit.id,
        instrument: unit.instrument,
        start: m.at,
        end: m.at,
        sourceStart: m.start,
        sourceEnd: m.end,
        target: m.footnote ? {document: doc.id, instrument: null, paragraph: null, footnote: m.footnote} : null,
        url: null
      })
    }
  }
  refs.sort((a, b) => a.sourceStart - b.sourceStart || a.sourceEnd - b.sourceEnd || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return refs.map((r, i) => ({id: `${doc.id}/ref_${i + 1}`, ...r}))
}

function place(f: FoundRef, unit: Unit, doc: Omit<Document, 'references' | 'recommendationLists'>): Omit<Reference, 'id'> {
  const sourceStart = unit.map[f.start] ?? unit.start
  const sourceEnd = f.end > f.start ? (unit.map[f.end - 1] ?? sourceStart) + 1 : sourceStart
  const target = f.kind === 'paragraph' ? paragraphTarget(f.key, unit, doc.id) : null
  return {
    kind: f.kind,
    key: f.key,
    surface: unit.text.slice(f.start, f.end),
    date: f.date ?? null,
    hard: f.hard ?? false,
    ...(f.lang ? {lang: f.lang} : {}),
    rule: f.rule,
    container: unit.container,
    in: unit.id,
    instrument: unit.instrument,
    start: f.start,
    end: f.end,
    sourceStart,
    sourceEnd,
    target,
    url: f.kind === 'symbol' || f.kind === 'resolution' || f.kind === 'decision' ? undocsUrl(f.key) : null
  }
}

/** `上文第 6 段`: paragraph 6 of the instrument, annex or report part that holds the reference. */
function paragraphTarget(key: string, unit: Unit, docId: string): Reference['target'] {
  const label = key.replace(/^para/, '')
  const hit = unit.scope?.find((p) => p.label === label)
  return hit ? {document: docId, instrument: unit.instrument, paragraph: hit.id, footnote: null} : null
}

function collectUnits(doc: Omit<Document, 'references' | 'recommendationLists'>, structure: StructureResult): Unit[] {
  const units: Unit[] = []
  const add = (p: Paragraph, instrument: string | null, scope: Paragraph[], label = false): void => {
    units.push({id: p.id, container: 'paragraph', instrument, text: p.text, map: sourceMapOf(p) ?? [], start: p.start, paragraph: p, scope, label})
    for (const child of p.children) add(child, instrument, scope)
  }
  const sections = (ss: SectionOut[], report: Paragraph[]): void => {
    for (const s of ss) {
      add(s.heading, null, report, true)
      for (const p of s.paragraphs) add(p, null, report)
      sections(s.children, report)
    }
  }
  const reportParagraphs = collectReport(structure.sections)
  sections(structure.sections, reportParagraphs)
  for (const p of structure.paragraphs) add(p, null, structure.paragraphs)
  for (const inst of structure.instruments) addInstrument(inst, add)
  // A footnote belongs to the instrument whose text first cites it.
  const citingInstrument = new Map<string, string | null>()
  for (const u of units) for (const m of u.paragraph?.markers ?? []) if (m.footnote && !citingInstrument.has(m.footnote)) citingInstrument.set(m.footnote, u.instrument)
  for (const f of doc.footnotes) {
    const instrument = citingInstrument.get(f.id) ?? null
    units.push({id: f.id, container: 'footnote', instrument, text: f.text, map: sourceMapOf(f) ?? [], start: f.start, footnote: f.n})
  }
  for (const t of doc.tables) units.push(...tableUnits(t, structure.instruments))
  const m = doc.meta
  const fields: [string, {text: string; start: number} | null][] = [
    ['adoptionBasis', m.adoptionBasis],
    ['title', m.title],
    ['session', m.session],
    ['agendaItem', m.agendaItem],
    // The masthead's own symbol names this document, as a heading does: not a citation.
    ...m.notes.map((f, i): [string, typeof f] => [`note_${i + 1}`, f])
  ]
  for (const [name, f] of fields) {
    if (f) units.push({id: `${doc.id}/meta/${name}`, container: 'meta', instrument: null, text: f.text, map: sourceMapOf(f) ?? [], start: f.start})
  }
  return units
}

function collectReport(sections: SectionOut[]): Paragraph[] {
  return sections.flatMap((s) => [...s.paragraphs, ...collectReport(s.children)])
}

function addInstrument(inst: InstrumentOut, add: (p: Paragraph, instrument: string | null, scope: Paragraph[], label?: boolean) => void): void {
  // The number line itself (`第 9/1 号决议`) is a heading, not a citation.
  const own = [...inst.operative, ...inst.body]
  if (inst.titleParagraph) add(inst.titleParagraph, inst.key, own, true)
  for (const p of [inst.formula, ...inst.preamble, ...inst.operative, ...inst.body]) if (p) add(p, inst.key, own)
  for (const a of inst.annexes) {
    add(a.heading, inst.key, a.paragraphs, true)
    if (a.titleParagraph) add(a.titleParagraph, inst.key, a.paragraphs, true)
    for (const p of a.paragraphs) add(p, inst.key, a.paragraphs)
  }
}

/** One unit per table row (cells joined by tabs, as printed) and one per note. */
function tableUnits(t: Table, instruments: InstrumentOut[]): Unit[] {
  const holder = instruments.find((i) => i.annexes.some((a) => a.tables.includes(t.id)))?.key ?? null
  const units: Unit[] = []
  ;[t.header, ...t.rows].forEach((row, r) => {
    if (row.length === 0) return
    let text = ''
    const map: number[] = []
    row.forEach((cell, c) => {
      if (c > 0) {
        text += '\t'
        map.push(cell.start)
      }
      text += cell.text
      map.push(...(sourceMapOf(cell) ?? []))
    })
    units.push({id: `${t.id}/row_${r}`, container: 'table', instrument: holder, text, map, start: row[0].start, inTable: true})
  })
  t.notes.forEach((n, i) => {
    units.push({id: `${t.id}/note_${i + 1}`, container: 'table', instrument: holder, text: n.text, map: sourceMapOf(n) ?? [], start: n.start, inTable: true})
  })
  return units
}
