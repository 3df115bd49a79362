/**
 * Every element kind of the export on small texts written for it: a
 * Security Council resolution with an adoption line, a GA resolution with
 * lettered sub-paragraphs, footnotes (one cited twice), an annex and
 * markup characters in its title, and a decision inside a session report.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../pipeline/parse-document.js'
import {FIXTURES_DIR} from '../../../test/support/corpus.js'
import {descendants, parseAkn, readStatement, textOf, validateAkn} from '../../../test/support/akn.js'
import {aknFiles} from './index.js'

function exported(file: string) {
  const path = `${FIXTURES_DIR}akn/synthetic/${file}`
  const doc = parseDocument(readFileSync(path), {path})
  return {doc, files: aknFiles(doc)}
}

describe('a GA resolution with sub-paragraphs, footnotes and an annex', () => {
  const {doc, files} = exported('ga-resolution.md')
  const [file] = files
  const root = parseAkn(file.xml)

  it('is named by its adoption date and number, in Chinese, with the General Assembly as author', () => {
    expect(file.name).toBe('statement_deliberation_unga_2031-12-18_86-123.xml')
    const fragments = [
      '<FRBRthis value="/akn/un/statement/deliberation/unga/2031-12-18/86-123/!main"/>',
      '<FRBRthis value="/akn/un/statement/deliberation/unga/2031-12-18/86-123/zho@/!main"/>',
      '<FRBRthis value="/akn/un/statement/deliberation/unga/2031-12-18/86-123/zho@/!main.xml"/>',
      '<FRBRdate date="2031-12-18" name="adoption"/>',
      '<FRBRauthor href="#unga" as="#author"/>',
      '<TLCOrganization eId="unga" href="/akn/ontology/organizations/un/unga" showAs="大会"/>'
    ]
    for (const fragment of fragments) expect(file.xml).toContain(fragment)
  })

  it('escapes <, & and quotes from the input and reads them back as printed', () => {
    expect(file.xml).toContain('加强"技术合作" &amp; &lt;合作&gt;方案')
    expect(textOf(descendants(root, 'docNumber')[0])).toBe(doc.instruments[0].heading.text)
    expect(textOf(descendants(root, 'point')[1])).toBe('(b)采取"有效"措施 & 加强 <国际> 合作；')
  })

  it('writes lettered sub-paragraphs as a list of points with AKN4UN eIds', () => {
    const eIds = (pattern: RegExp) => [...file.xml.matchAll(pattern)].map((m) => m[1])
    expect(eIds(/<container eId="(preamble__[^"]+)"/g)).toEqual(['preamble__para_1', 'preamble__para_2'])
    expect(eIds(/<(?:paragraph|list|point) eId="([^"]+)"/g)).toEqual(['para_1', 'para_1__list_1', 'para_1__list_1__point_a', 'para_1__list_1__point_b', 'para_2', 'para_3', 'att_1__para_1', 'att_1__para_2'])
  })

  it('wraps every reference\'s exact surface in a <ref> to its AKN IRI, undocs.org URL or paragraph', () => {
    const fragments = [
      '<ref href="/akn/un/statement/deliberation/unga/68-193" refersTo="#tlcReference_1">其 2013 年 12 月 18 日第 68/193 号决议</ref>',
      '<ref href="/akn/un/act/convention/untoc/!main~art_32__para_4"',
      '<ref href="#para_1" refersTo="#tlcReference_5">上文第 1 段</ref>',
      '<ref href="https://undocs.org/zh/A/86/401" refersTo="#tlcReference_6">A/86/401</ref>',
      // a paragraph reference inside the annex points at the annex's paragraph
      '<ref href="#att_1__para_1" refersTo="#tlcReference_7">上文第 1 段</ref>'
    ]
    for (const fragment of fragments) expect(file.xml).toContain(fragment)
  })

  it('places each footnote as an <authorialNote> at its marker, and a second citation as a <noteRef>', () => {
    const point = descendants(root, 'point')[0]
    expect(textOf(point)).toBe('(a)批准《联合国反腐败公约》联合国，《条约汇编》，第 2349 卷，第 42146 号。；')
    const notes = descendants(root, 'authorialNote')
    expect(notes.map((n) => n.attrs.marker)).toEqual(['1', '2'])
    expect(descendants(root, 'noteRef').map((n) => n.attrs.href)).toEqual([`#${notes[0].attrs.eId}`])
  })

  it('writes the annex as an attachment with its own FRBR component', () => {
    const attachment = descendants(root, 'attachment')[0]
    expect(attachment.attrs.eId).toBe('att_1')
    expect(file.xml).toContain('<FRBRthis value="/akn/un/statement/deliberation/unga/2031-12-18/86-123/!annex_1"/>')
    expect(textOf(descendants(attachment, 'docTitle')[0])).toBe('行动计划')
  })

  it('validates', () => {
    expect(validateAkn(files)).toEqual({status: 0, errors: []})
  })
})

describe('a Security Council resolution', () => {
  const {files} = exported('sc-resolution.md')
  const [file] = files

  it('is dated by its adoption line, which closes the file in <conclusions>', () => {
    expect(file.name).toBe('statement_deliberation_unsc_2031-01-30_9999-2031.xml')
    expect(file.xml).toMatch(/<conclusions>\s*<container eId="conclusions__para_1" name="text">\s*<p>2031 年 1 月 30 日第 9000 次会议通过。<\/p>/)
  })

  it('keeps the adopting body as <formula> and each lead phrase as printed', () => {
    expect(file.xml).toMatch(/<formula eId="preamble__formula_1" name="adoptingBody">\s*<p>安全理事会，<\/p>/)
    expect(file.xml).toContain('<p><inline name="lead">回顾</inline><ref href="/akn/un/statement/deliberation/unsc/9990-2030"')
    expect(readStatement(file.xml).operative).toEqual(['1.', '2.', '3.'])
  })
})

describe('a decision inside a session report', () => {
  const {files} = exported('report-decision.md')

  it('is a <statement name="decision"> dated by its meeting-led formula, and the report refers to its file', () => {
    const decision = files.find((f) => f.key === 'CTOC/COP/DEC/15/1')!
    expect(decision.name).toBe('statement_decision_ctoc-cop_2030-10-16_15-1.xml')
    expect(decision.xml).toContain('<statement name="decision">')
    const report = files.find((f) => f.key === null)!
    expect(report.xml).toContain('<doc name="report">')
    expect(report.xml).toContain('<componentRef src="/akn/un/statement/decision/ctoc-cop/2030-10-16/15-1/zho@/!main.xml" showAs="CTOC/COP/DEC/15/1"/>')
    expect(report.xml).toContain('<ref href="https://undocs.org/zh/CTOC/COP/2030/1" refersTo="#tlcReference_1">CTOC/COP/2030/1</ref>')
    expect(validateAkn(files)).toEqual({status: 0, errors: []})
  })
})
