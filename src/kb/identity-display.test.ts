/** A text's issuer and its evidence where users read them: `reskb show` records and the cross-reference index. */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../pipeline/parse-document.js'
import {lookupRecords, showRecords} from './show-index.js'
import {buildXrefIndex, xrefHtml, xrefMarkdown} from './xref-index.js'
import {shownFrom} from '../cli/show.js'
import type {KnowledgeBase} from './schema.js'

const DEV = 'test/fixtures/dev'
const paths = [`${DEV}/03_sc-443-1978-unficyp-trad.txt`, `${DEV}/12_incb-2001-report-front.txt`]
const kb: KnowledgeBase = {
  schemaVersion: 1,
  pipelineVersion: 'test',
  documents: paths.map((p) => parseDocument(readFileSync(p), {path: p})),
  errors: []
}

describe('issuer with evidence', () => {
  it('shows an instrument\'s issuer and what the resolver weighed', () => {
    const shown = shownFrom('S/RES/443(1978)', lookupRecords(showRecords(kb), 'S/RES/443(1978)'))!
    expect(shown.instrument!.issuer.prefix).toBe('S')
    expect(shown.instrument!.issuer.evidence).toContain('adopting-body 安全理事会')
  })

  it('shows a text under its own symbol', () => {
    const shown = shownFrom('E/INCB/2001/1', lookupRecords(showRecords(kb), 'E/INCB/2001/1'))!
    expect(shown.texts).toEqual([{path: paths[1], issuer: {prefix: 'E/INCB', evidence: ['symbol-series E/INCB/2001/1']}}])
    expect(shown.citations).toEqual([])
  })

  it('lists every text with its issuer in the cross-reference index', () => {
    const index = buildXrefIndex(kb)
    expect(index.texts.map((t) => [t.path, t.issuer])).toEqual([
      [paths[0], 'S'],
      [paths[1], 'E/INCB']
    ])
    expect(xrefMarkdown(index)).toContain(`- ${paths[1].replace(/_/g, '\\_')} · issuer E/INCB — symbol-series E/INCB/2001/1`)
    expect(xrefHtml(index)).toContain('issuer <b>S</b>')
  })
})
