/**
 * The dev set (test/fixtures/dev, SPEC v2 gold): each file's references in
 * scoring scope must equal its gold multiset, and its issuer the gold issuer,
 * so that any drop fails the build.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../pipeline/parse-document.js'
import {readGold} from './gold.js'
import {evaluate} from './evaluate.js'

const DIR = 'test/fixtures/dev'
const golds = readGold(DIR)
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'))
const kb = {
  schemaVersion: 1,
  pipelineVersion: 'test',
  documents: files.map((f) => parseDocument(readFileSync(join(DIR, f)), {path: join(DIR, f)})),
  errors: []
}
const result = evaluate(kb as Parameters<typeof evaluate>[0], golds)

describe('dev set', () => {
  it.each(golds.map((g) => g.file))('%s: references as gold, issuer as gold', (file) => {
    const misses = result.misses.find((m) => m.file === file)!
    expect({falsePositives: misses.falsePositives, falseNegatives: misses.falseNegatives}).toEqual({falsePositives: [], falseNegatives: []})
    const doc = kb.documents.find((d) => d.source.path.endsWith(`/${file}`))!
    expect(doc.identity.issuer).toBe(golds.find((g) => g.file === file)!.issuer)
  })

  it('scores F1 at least 0.95 in total and for every kind with five gold references', () => {
    expect(result.references.total.f1).toBeGreaterThanOrEqual(0.95)
    for (const k of result.references.perKind) if (k.tp + k.fn >= 5) expect(k.f1, k.kind).toBeGreaterThanOrEqual(0.95)
  })
})
