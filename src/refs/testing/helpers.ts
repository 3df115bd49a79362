/** Test-only helpers: run the extractor on sentences and check offsets. */
import {expect} from 'vitest'
import {extractReferences, type FoundRef, type TextUnit} from '../index.js'

/** Units from strings; `fn:N ` at the start makes a footnote-definition unit. */
export function unitsOf(...texts: string[]): TextUnit[] {
  return texts.map((t, i) => {
    const fn = /^fn:(\d+) /.exec(t)
    return fn ? {id: `u${i}`, text: t.slice(fn[0].length), footnote: fn[1]} : {id: `u${i}`, text: t}
  })
}

/** Extract, asserting that every surface is the text at its offsets. */
export function refs(issuer: string, ...texts: string[]): FoundRef[] {
  const units = unitsOf(...texts)
  const found = extractReferences(units, {issuer})
  for (const r of found) {
    const unit = units.find((u) => u.id === r.unitId)!
    expect(unit.text.slice(r.start, r.end)).toBe(r.surface)
  }
  return found
}

/** `kind key` strings in order. */
export function keys(found: FoundRef[]): string[] {
  return found.map((r) => `${r.kind} ${r.key}`)
}
