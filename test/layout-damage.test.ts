/**
 * The layout-damage suite: the five corpus texts damaged the way PDF-to-text
 * conversion damages them (test/support/damage.ts), each read back and scored
 * against the seeds' gold. Each row holds at least the figures reached when
 * the layout stage landed: a drop fails. Kinds the layout stage repairs in
 * full are held to the gold itself. Nothing is lost on any damaged text.
 */
import {describe, expect, it} from 'vitest'
import {DAMAGE_KINDS} from './support/damage.js'
import {scoreDamageKinds} from './support/damage-run.js'
import {CORPUS_FILES, corpusText} from './support/corpus.js'
import {coverageDiff} from './support/coverage.js'
import {parseDocument} from '../src/pipeline/parse-document.js'

/** Floors: instruments, preambular counts, operative paragraphs, footnotes, recommendation items (of 9, 9, 128, 55, 81). */
const FLOORS: Record<string, [number, number, number, number, number]> = {
  'hard-wrap 20': [9, 6, 124, 37, 81],
  'hard-wrap 37': [9, 9, 127, 55, 70],
  'hard-wrap 80': [9, 9, 127, 54, 81],
  'page furniture': [9, 9, 128, 55, 81],
  'page furniture, lone page numbers': [9, 9, 128, 55, 81],
  'no blank lines': [9, 9, 128, 55, 81],
  'lost superscripts': [9, 8, 126, 39, 81],
  'flattened pages': [3, 1, 17, 32, 0],
  'combined (wrap 37 + furniture + no blank lines)': [9, 8, 127, 50, 70],
  'combined at wrap 20': [9, 5, 124, 35, 81],
  'combined at wrap 80': [9, 9, 127, 54, 81]
}

describe('layout damage: structure read back from damaged corpus texts', () => {
  const scores = scoreDamageKinds()
  it('scores every damage kind', () => {
    expect(scores.map((s) => s.kind).slice(1).sort()).toEqual(Object.keys(FLOORS).sort())
  })
  for (const score of scores) {
    it(score.kind, () => {
      const t = score.total
      const got = [t.instruments.ok, t.preambles.ok, t.operative.ok, t.footnotes.ok, t.items.ok]
      const floor = FLOORS[score.kind] ?? [t.instruments.total, t.preambles.total, t.operative.total, t.footnotes.total, t.items.total]
      got.forEach((n, i) => expect(n, `${score.kind}: ${['instruments', 'preambles', 'operative', 'footnotes', 'items'][i]}\n${t.misses.join('\n')}`).toBeGreaterThanOrEqual(floor[i]))
      expect(t.extraInstruments, score.kind).toEqual([])
    })
  }
})

describe('layout damage: every character of a damaged text lands in one place', () => {
  for (const kind of DAMAGE_KINDS) {
    it(kind.name, () => {
      for (const file of CORPUS_FILES) {
        const damaged = kind.damage(corpusText(file), 1)
        const doc = parseDocument(damaged, {path: file})
        expect(coverageDiff(damaged, doc), `${kind.name}: ${file}`).toEqual({missing: '', extra: ''})
      }
    })
  }
})
