/**
 * The document tree against the hand-checked gold: instruments (keys,
 * titles, preambular counts, operative labels with head and tail), annexes,
 * footnotes (numbers, texts, marker counts), on every corpus file and on
 * every layout variant of it.
 */
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../pipeline/parse-document.js'
import {CORPUS_FILES, VARIANTS, corpusBytes, corpusText, gold, variantBytes} from '../../test/support/corpus.js'
import {toSimplified} from '../ingest/script.js'
import type {Document} from '../kb/schema.js'

const squash = (s: string) => s.replace(/\s+/g, '')
/** Markdown link markup is a conversion artifact: gold texts drop it. */
const plain = (s: string) => squash(s.replace(/\[([^\]]*)\]\(#\)/g, '$1'))

const same = (s: string) => s

/** `fromDoc` folds the document's strings, `fromGold` the gold's, so both read alike. */
function expectGold(doc: Document, file: string, fromDoc = same, fromGold = same): void {
  const g = gold(file)
  expect(doc.issuer).toBe(g.issuer)
  expect(doc.instruments.map((i) => i.key)).toEqual(g.instruments.map((i) => i.key))
  for (const gi of g.instruments) {
    const inst = doc.instruments.find((i) => i.key === gi.key)!
    expect(squash(fromDoc(inst.title ?? '')), gi.key).toBe(squash(fromGold(gi.title)))
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
  expect(doc.footnotes.map((f) => [f.n, plain(fromDoc(f.text)), f.markers.length])).toEqual(
    g.footnotes.map((f) => [f.n, plain(fromGold(f.text)), f.refs])
  )
}

describe('document tree matches gold', () => {
  for (const file of CORPUS_FILES) {
    it(file, () => {
      const doc = parseDocument(corpusBytes(file), {path: `corpus/${file}`})
      expectGold(doc, file)
    })
  }
})

describe('document tree survives layout variants', () => {
  for (const variant of VARIANTS) {
    for (const file of CORPUS_FILES) {
      it(`${variant.name}: ${file}`, () => {
        const doc = parseDocument(variantBytes(variant, corpusText(file)), {path: file})
        expect(doc.source.script).toBe(variant.traditional ? 'traditional' : 'simplified')
        if (variant.traditional) expectGold(doc, file, toSimplified)
        else expectGold(doc, file, same, variant.transform)
      })
    }
  }
})
