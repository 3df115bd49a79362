import {describe, expect, it} from 'vitest'
import {scoreReferences} from './score.js'

describe('scoreReferences', () => {
  it('scores the (kind, key) multiset per kind and in total', () => {
    const gold = [
      {kind: 'article', key: 'UNTOC/art32'},
      {kind: 'article', key: 'UNTOC/art32'},
      {kind: 'symbol', key: 'A/69/489'}
    ]
    const found = [
      {kind: 'article', key: 'UNTOC/art32'},
      {kind: 'article', key: 'UNTOC/art4'},
      {kind: 'symbol', key: 'A/69/489'},
      {kind: 'symbol', key: 'A/69/489'}
    ]
    const s = scoreReferences(found, gold)
    const art = s.perKind.find((k) => k.kind === 'article')!
    expect([art.tp, art.fp, art.fn]).toEqual([1, 1, 1])
    expect(art.precision).toBeCloseTo(0.5)
    expect(art.f1).toBeCloseTo(0.5)
    const sym = s.perKind.find((k) => k.kind === 'symbol')!
    expect([sym.tp, sym.fp, sym.fn]).toEqual([1, 1, 0])
    expect(sym.f1).toBeCloseTo(2 / 3)
    expect([s.total.tp, s.total.fp, s.total.fn]).toEqual([2, 2, 1])
    expect(s.total.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3))
  })

  it('gives 1 when nothing is expected and nothing found, 0 when all is missed', () => {
    expect(scoreReferences([], []).total.f1).toBe(1)
    expect(scoreReferences([], [{kind: 'sdg', key: 'SDG/16'}]).total.f1).toBe(0)
  })
})
