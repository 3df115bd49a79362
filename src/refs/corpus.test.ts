/**
 * The corpus against its gold: per document the (kind, key) multiset must
 * equal the gold's, dates must agree, and the same must hold (F1 ≥ 0.98 per
 * kind) when punctuation is half-width or spaces around numbers change.
 */
import {describe, expect, it} from 'vitest'
import {CORPUS_FILES, corpusText, gold, VARIANTS} from '../../test/support/corpus.js'
import {extractReferences, scoreReferences, type FoundRef} from './index.js'
import {unitsFromText} from './testing/units.js'

function run(text: string, issuer: string): FoundRef[] {
  const units = unitsFromText(text)
  const found = extractReferences(units, {issuer})
  const byId = new Map(units.map((u) => [u.id, u]))
  for (const r of found) expect(byId.get(r.unitId)!.text.slice(r.start, r.end)).toBe(r.surface)
  return found
}

/** `+ kind key` found but not in gold, `- kind key` in gold but not found. */
function diff(found: {kind: string; key: string}[], expected: {kind: string; key: string}[]): string[] {
  const count = new Map<string, number>()
  for (const r of found) count.set(`${r.kind} ${r.key}`, (count.get(`${r.kind} ${r.key}`) ?? 0) + 1)
  for (const r of expected) count.set(`${r.kind} ${r.key}`, (count.get(`${r.kind} ${r.key}`) ?? 0) - 1)
  const out: string[] = []
  for (const [k, n] of count) for (let i = 0; i < Math.abs(n); i++) out.push(`${n > 0 ? '+' : '-'} ${k}`)
  return out.sort()
}

function expectScores(found: FoundRef[], expected: {kind: string; key: string}[]): void {
  const s = scoreReferences(found, expected)
  for (const k of s.perKind) expect(k.f1, `${k.kind}: tp ${k.tp} fp ${k.fp} fn ${k.fn}`).toBeGreaterThanOrEqual(0.98)
  expect(s.total.f1).toBeGreaterThanOrEqual(0.98)
}

describe('corpus references', () => {
  for (const file of CORPUS_FILES) {
    const g = gold(file)
    it(`${file}: the (kind, key) multiset equals the gold`, () => {
      const found = run(corpusText(file), g.issuer)
      expect(diff(found, g.references)).toEqual([])
      expectScores(found, g.references)
    })

    it(`${file}: dates agree with the gold`, () => {
      const found = run(corpusText(file), g.issuer)
      const dated = (rs: {kind: string; key: string; date?: string}[]) => {
        const seen = new Map<string, number>()
        return rs.map((r) => {
          const k = `${r.kind} ${r.key}`
          seen.set(k, (seen.get(k) ?? 0) + 1)
          return `${k} #${seen.get(k)} ${r.date ?? '-'}`
        })
      }
      expect(dated(found).sort()).toEqual(dated(g.references).sort())
    })

    for (const variant of VARIANTS.filter((v) => /half-width|spaces around numbers/.test(v.name))) {
      it(`${file} (${variant.name}): F1 ≥ 0.98 per kind`, () => {
        const found = run(variant.transform(corpusText(file)), g.issuer)
        expectScores(found, g.references)
      })
    }
  }

  it('covers three layout variants, each changing the corpus', () => {
    const used = VARIANTS.filter((v) => /half-width|spaces around numbers/.test(v.name))
    expect(used.length).toBe(3)
    for (const v of used) expect(CORPUS_FILES.some((f) => v.transform(corpusText(f)) !== corpusText(f)), v.name).toBe(true)
  })
})

describe('speed and linear time', () => {
  it('reads a megabyte of corpus text in well under a second per megabyte', () => {
    const text = CORPUS_FILES.map(corpusText).join('\n')
    const units = unitsFromText(text.repeat(Math.ceil(1e6 / Buffer.byteLength(text))))
    extractReferences(units.slice(0, 2000), {issuer: 'CTOC/COP'})
    const t = performance.now()
    const found = extractReferences(units, {issuer: 'CTOC/COP'})
    expect(found.length).toBeGreaterThan(1000)
    expect(performance.now() - t).toBeLessThan(1500)
  })

  it('stays linear on long runs that look like lists', () => {
    const runs = [
      '第' + '一、'.repeat(30000) + '款',
      '第 8 和'.repeat(30000) + '段',
      '第 1/2、'.repeat(30000),
      '2014年1月1日'.repeat(20000) + '第1/2号决议',
      'A/' + 'B.1/'.repeat(30000),
      '《'.repeat(60000) + '公约',
      '其'.repeat(60000) + '第 1/2 号决议',
      '第 1、'.repeat(30000) + '卷，第 5 号'
    ]
    for (const text of runs) {
      const t = performance.now()
      extractReferences([{id: 'x', text}], {issuer: 'A'})
      expect(performance.now() - t, text.slice(0, 12)).toBeLessThan(500)
    }
  })
})
