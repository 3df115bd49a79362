/**
 * Every instrument of the corpus, of the dev set and of the synthetic texts
 * exports to an AKN file that the OASIS schema accepts, that carries the
 * instrument's text whole (text.ts defines it), and that reads back to the
 * same key, paragraphs, labels and cited keys.
 */
import {readdirSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildKnowledgeBase, readInputs} from '../../kb/build.js'
import type {Document, Instrument, KnowledgeBase} from '../../kb/schema.js'
import {CORPUS_DIR, CORPUS_FILES, FIXTURES_DIR, gold} from '../../../test/support/corpus.js'
import {readStatement, validateAkn} from '../../../test/support/akn.js'
import {aknFiles, instrumentText, knowledgeBaseAkn} from './index.js'

const DEV_DIR = `${FIXTURES_DIR}dev/`
const SYNTHETIC_DIR = `${FIXTURES_DIR}akn/synthetic/`

const sets: [string, () => string[]][] = [
  ['corpus', () => [CORPUS_DIR]],
  ['dev set', () => readdirSync(DEV_DIR).filter((f) => f.endsWith('.txt')).map((f) => DEV_DIR + f)],
  ['synthetic texts', () => [SYNTHETIC_DIR]]
]

/** The keys of what an instrument's texts cite, footnote markers apart (those become notes). */
function citedKeys(inst: Instrument, doc: Document): string[] {
  return [...new Set(doc.references.filter((r) => r.instrument === inst.key && r.kind !== 'footnote' && r.container !== 'meta' && r.start < r.end).map((r) => r.key))].sort()
}

describe.each(sets)('the AKN export of the %s', (_name, paths) => {
  let kb: KnowledgeBase
  let exported: {inst: Instrument; doc: Document; name: string; xml: string}[]
  beforeAll(() => {
    kb = buildKnowledgeBase(readInputs(paths()))
    exported = kb.documents.flatMap((doc) => {
      const files = aknFiles(doc)
      return doc.instruments.map((inst) => ({inst, doc, ...files.find((f) => f.key === inst.key)!}))
    })
  })

  it('validates against the Akoma Ntoso 3.0 schema with zero errors, reports included', () => {
    const files = kb.documents.flatMap(aknFiles)
    expect(files.length).toBeGreaterThan(0)
    expect(validateAkn(files)).toEqual({status: 0, errors: []})
  })

  it('loses nothing: the text of each file is the instrument\'s text, character for character', () => {
    for (const {inst, doc, xml} of exported) expect(readStatement(xml).text, inst.key).toBe(instrumentText(inst, doc))
  })

  it('round-trips: key, kind, paragraph counts, operative labels and cited keys read back', () => {
    for (const {inst, doc, xml} of exported) {
      const back = readStatement(xml)
      expect(back.key).toBe(inst.key)
      expect(back.name).toBe(inst.kind)
      expect(back.preamble, inst.key).toBe(inst.preamble.length)
      const hierarchy = inst.operative.length > 0 ? inst.operative : inst.body
      expect(back.operative, inst.key).toEqual(hierarchy.map((p) => p.num ?? ''))
      expect([...new Set(back.referenceKeys)].sort(), inst.key).toEqual(citedKeys(inst, doc))
    }
  })

  it('wraps each reference of a paragraph or footnote around its surface exactly as printed', () => {
    for (const {inst, doc, xml} of exported) {
      const wrapped = new Set(readStatement(xml).refs.map((r) => `${r.key} ${r.text}`))
      const expected = doc.references.filter((r) => r.instrument === inst.key && r.kind !== 'footnote' && (r.container === 'paragraph' || r.container === 'footnote'))
      for (const ref of expected) expect(wrapped.has(`${ref.key} ${ref.surface}`), `${inst.key} ${ref.key} ${ref.surface}`).toBe(true)
    }
  })

  it('gives the same bytes every time', () => {
    const again = buildKnowledgeBase(readInputs(paths()))
    expect([...knowledgeBaseAkn(again)]).toEqual([...knowledgeBaseAkn(kb)])
  })
})

it('exports every instrument the gold files list for the corpus', () => {
  const kb = buildKnowledgeBase(readInputs([CORPUS_DIR]))
  const keys = [...knowledgeBaseAkn(kb)].flatMap((f) => (f.key ? [f.key] : []))
  expect(keys.sort()).toEqual(CORPUS_FILES.flatMap((f) => gold(f).instruments.map((i) => i.key)).sort())
})
