/**
 * Recommendation lists against the gold: which annex holds each list, who
 * adopted it at which meeting, and every item's label, topic and head; the
 * addressees and modality of at least 95% of the items.
 */
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../pipeline/parse-document.js'
import {toSimplified} from '../ingest/script.js'
import {CORPUS_FILES, VARIANTS, corpusText, gold, variantBytes} from '../../test/support/corpus.js'
import type {Document} from '../kb/schema.js'

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, '')
const same = (s: string) => s

function expectLists(doc: Document, file: string, fromDoc = same, fromGold = same): {agree: number; total: number} {
  const want = gold(file).recommendationLists
  const got = doc.recommendationLists
  expect(got.map((l) => [l.in, fromDoc(l.annex ?? '')])).toEqual(want.map((l) => [l.in, l.annex]))
  let agree = 0
  let total = 0
  want.forEach((wl, i) => {
    const gl = got[i]
    expect(squash(fromDoc(gl.adoptedBy ?? '')), `${wl.annex} adoptedBy`).toBe(squash(fromGold(wl.adoptedBy)))
    expect(squash(fromDoc(gl.meeting ?? '')), `${wl.annex} meeting`).toBe(squash(fromGold(wl.meeting)))
    expect(gl.items.map((it) => it.label)).toEqual(wl.items.map((it) => it.label))
    wl.items.forEach((wi, k) => {
      const gi = gl.items[k]
      expect(squash(fromDoc(gi.topic ?? '')), `${wl.annex} ${wi.label} topic`).toBe(squash(fromGold(wi.topic ?? '')))
      const head = squash(fromGold(wi.head))
      expect(squash(fromDoc(gi.text)).slice(0, head.length), `${wl.annex} ${wi.label} head`).toBe(head)
      total += 2
      if ([...gi.addressees].sort().join() === [...wi.addressees].sort().join()) agree++
      if (gi.modality === wi.modality) agree++
    })
  })
  return {agree, total}
}

describe('recommendation lists match gold', () => {
  let agree = 0
  let total = 0
  for (const file of CORPUS_FILES) {
    it(file, () => {
      const r = expectLists(parseDocument(corpusText(file), {path: file}), file)
      agree += r.agree
      total += r.total
    })
  }
  it('addressees and modality agree with gold on at least 95% of items', () => {
    expect(total).toBeGreaterThan(0)
    expect(agree / total).toBeGreaterThanOrEqual(0.95)
  })
})

describe('recommendation lists survive layout variants', () => {
  for (const variant of VARIANTS) {
    it(variant.name, () => {
      let agree = 0
      let total = 0
      for (const file of CORPUS_FILES) {
        const doc = parseDocument(variantBytes(variant, corpusText(file)), {path: file})
        const r = variant.traditional ? expectLists(doc, file, toSimplified) : expectLists(doc, file, same, variant.transform)
        agree += r.agree
        total += r.total
      }
      expect(agree / total).toBeGreaterThanOrEqual(0.95)
    })
  }
})

describe('no list where there is none', () => {
  const report = parseDocument(corpusText('001_419ad46391bfdb07.txt'), {path: '001'})
  it('the lettered principles of the 9/1 procedures annex are not a list', () => {
    const annex = report.instruments.find((i) => i.key === 'CTOC/COP/RES/9/1')!.annexes[0]
    expect(annex.paragraphs.some((p) => p.children.length > 5)).toBe(true)
    expect(report.recommendationLists.filter((l) => l.in === 'CTOC/COP/RES/9/1')).toEqual([])
  })
  it('the agenda of decision 9/1 is not a list and has no operative paragraphs', () => {
    const decision = report.instruments.find((i) => i.key === 'CTOC/COP/DEC/9/1')!
    expect(decision.body.filter((p) => p.label !== null).length).toBe(9)
    expect(decision.operative).toEqual([])
    expect(report.recommendationLists.filter((l) => l.in === 'CTOC/COP/DEC/9/1')).toEqual([])
  })
  it('every list names the operative paragraph that endorses it', () => {
    for (const file of CORPUS_FILES) {
      const doc = parseDocument(corpusText(file), {path: file})
      for (const list of doc.recommendationLists) {
        const op = doc.instruments.flatMap((i) => i.operative).find((p) => p.id === list.endorsedBy)
        expect(op?.text, `${list.in} ${list.annex}`).toContain(list.annex)
      }
    }
  })
})
