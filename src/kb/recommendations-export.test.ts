/**
 * The recommendation exports as a spreadsheet user meets them: no cell runs
 * as a formula, the columns name things a reader can look up (keys and
 * surfaces, not internal ids), and addressees come in a long table too.
 */
import {readFileSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildKnowledgeBase, readInputs} from './build.js'
import {writeOutputs} from './write.js'
import {RECOMMENDATION_COLUMNS, csv, recommendationRows, toCsv} from './recommendations-export.js'
import {FORMULA_INJECTION_INPUT as HOSTILE, readCsv} from '../../test/support/csv.js'
import {CORPUS_DIR} from '../../test/support/corpus.js'

const FORMULA = /^[=+\-@\t\r]/

describe('recommendations.csv', () => {
  const out = mkdtempSync(join(tmpdir(), 'reskb-csv-'))
  writeOutputs(buildKnowledgeBase(readInputs([HOSTILE])), out)

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const name of ['recommendations.csv', 'recommendation-addressees.csv']) {
      const rows = readCsv(readFileSync(join(out, name), 'utf8').replace(/^\ufeff/, ''))
      expect(rows.length, name).toBeGreaterThan(name === 'recommendations.csv' ? 4 : 0)
      for (const cell of rows.flat()) expect(cell, `${name}: ${cell}`).not.toMatch(FORMULA)
    }
    // The text itself is kept, behind the quote mark that makes it text.
    const texts = readCsv(readFileSync(join(out, 'recommendations.csv'), 'utf8').replace(/^\ufeff/, '')).map((r) => r[RECOMMENDATION_COLUMNS.indexOf('text')])
    for (const start of ["'=1+2 ", "'+cmd|", "'-2+3 ", "'@SUM(A1:A2) "]) expect(texts.some((t) => t.startsWith(start)), start).toBe(true)
  })

  it('starts with a BOM, quotes every cell and ends lines with CRLF, for Excel', () => {
    const text = readFileSync(join(out, 'recommendations.csv'), 'utf8')
    expect(text.startsWith('\ufeff"document","path","in"')).toBe(true)
    expect(text.split('\r\n').length).toBe(text.split('\n').length)
  })
})

describe('recommendation rows', () => {
  const kb = buildKnowledgeBase(readInputs([CORPUS_DIR]))
  const rows = recommendationRows(kb.documents)

  it('give references as keys and surfaces, and similar items by instrument, annex and label', () => {
    const withRefs = rows.filter((r) => r.references.length > 0)
    expect(withRefs.length).toBeGreaterThan(0)
    const refKeys = new Set(kb.documents.flatMap((d) => d.references.filter((r) => r.kind !== 'footnote').map((r) => r.key)))
    for (const r of withRefs) {
      expect(r.references.every((k) => refKeys.has(k) && !k.startsWith('doc-'))).toBe(true)
      expect(r.referenceSurfaces).toHaveLength(r.references.length)
      for (const s of r.referenceSurfaces) expect(r.text).toContain(s)
    }
    const similar = rows.flatMap((r) => r.similar)
    expect(similar.length).toBeGreaterThan(0)
    const byId = new Map(rows.map((r) => [r.id, r]))
    for (const s of similar) expect([s.in, s.annex, s.label]).toEqual([byId.get(s.item)?.in, byId.get(s.item)?.annex, byId.get(s.item)?.label])
    expect(toCsv(rows)).not.toMatch(/"[^"]*ref_\d+/)
  })

  it('have a long table with one row per item and addressee', () => {
    const out = mkdtempSync(join(tmpdir(), 'reskb-csv-'))
    writeOutputs(kb, out)
    const [header, ...long] = readCsv(readFileSync(join(out, 'recommendation-addressees.csv'), 'utf8').replace(/^\ufeff/, ''))
    expect(header).toEqual(['path', 'in', 'annex', 'label', 'id', 'addressee'])
    expect(long.length).toBe(rows.reduce((n, r) => n + r.addressees.length, 0))
    const packed = new Map(rows.map((r) => [r.id, r.addressees]))
    for (const [, , , , id, addressee] of long) expect(packed.get(id)).toContain(addressee)
  })
})

describe('the CSV writer', () => {
  const rows = [{a: 'x', b: '-1'}, {a: 'say "hi"\tthere', b: null}]

  it('writes csvkit-style options: no BOM, no header, TSV quoted only where needed', () => {
    expect(csv(['a', 'b'], rows, {bom: false})).toBe('"a","b"\r\n"x","\'-1"\r\n"say ""hi""\tthere",""\r\n')
    expect(csv(['b'], rows, {bom: false, header: false})).toBe('"\'-1"\r\n""\r\n')
    expect(csv(['a', 'b'], rows, {bom: false, tsv: true})).toBe('a\tb\r\nx\t\'-1\r\n"say ""hi""\tthere"\t\r\n')
  })
})
