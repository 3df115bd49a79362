/**
 * The document tree against the hand-checked gold: instruments (keys,
 * titles, preambular counts, operative labels with head and tail), annexes,
 * footnotes (numbers, texts, marker counts), on every corpus file and on
 * every layout variant of it.
 */
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../pipeline/parse-document.js'
import {CORPUS_FILES, DEV_FILES, VARIANTS, corpusBytes, corpusText, devBytes, devGold, gold, variantBytes, type Gold} from '../../test/support/corpus.js'
import {toSimplified} from '../ingest/script.js'
import type {Document} from '../kb/schema.js'

const squash = (s: string) => s.replace(/\s+/g, '')
/** Markdown link markup is a conversion artifact: gold texts drop it. */
const plain = (s: string) => squash(s.replace(/\[([^\]]*)\]\(#\)/g, '$1'))

const same = (s: string) => s

/** `fromDoc` folds the document's strings, `fromGold` the gold's, so both read alike. */
function expectGold(doc: Document, g: Gold, fromDoc = same, fromGold = same): void {
  expect(doc.instruments.map((i) => i.key)).toEqual(g.instruments.map((i) => i.key))
  for (const gi of g.instruments) {
    const inst = doc.instruments.find((i) => i.key === gi.key)!
    expect(squash(fromDoc(inst.title ?? '')), gi.key).toBe(squash(fromGold(gi.title ?? '')))
    expect(inst.kind).toBe(gi.kind)
    expect(inst.number).toBe(gi.number)
    expect(inst.preamble.length, `${gi.key} preambular`).toBe(gi.preambular)
    expect(inst.operative.map((o) => o.label), `${gi.key} operative labels`).toEqual(gi.operative.map((o) => o.label))
    gi.operative.forEach((o, k) => {
      const text = squash(fromDoc(inst.operative[k].text))
      expect(text.startsWith(squash(fromGold(o.head))), `${gi.key} op ${o.label} head: ${text.slice(0, 14)}`).toBe(true)
      expect(text.endsWith(squash(fromGold(o.tail))), `${gi.key} op ${o.label} tail: ${text.slice(-12)}`).toBe(true)
    })
    expect(inst.annexes.map((a) => [fromDoc(a.label), squash(fromDoc(a.title ?? ''))])).toEqual(
      gi.annexes.map((a) => [a.label, squash(fromGold(a.title ?? ''))])
    )
  }
  expect(doc.footnotes.map((f) => [String(f.n), plain(fromDoc(f.text)), f.markers.length])).toEqual(
    g.footnotes.map((f) => [String(f.n), plain(fromGold(f.text)), f.refs])
  )
}

describe('document tree matches gold', () => {
  for (const file of CORPUS_FILES) {
    it(file, () => {
      const doc = parseDocument(corpusBytes(file), {path: `corpus/${file}`})
      expect(doc.issuer).toBe(gold(file).issuer)
      expectGold(doc, gold(file))
    })
  }
})

describe('document tree survives layout variants', () => {
  for (const variant of VARIANTS) {
    for (const file of CORPUS_FILES) {
      it(`${variant.name}: ${file}`, () => {
        const doc = parseDocument(variantBytes(variant, corpusText(file)), {path: file})
        expect(doc.source.script).toBe(variant.traditional ? 'traditional' : 'simplified')
        if (variant.traditional) expectGold(doc, gold(file), toSimplified)
        else expectGold(doc, gold(file), same, variant.transform)
      })
    }
  }
})

describe('document tree of real texts of other bodies, decades and layouts (dev set)', () => {
  for (const file of DEV_FILES) {
    it(file, () => {
      expectGold(parseDocument(devBytes(file), {path: `dev/${file}`}), devGold(file))
    })
  }
})
