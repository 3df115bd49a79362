/**
 * What a reader types for an instrument, read as a key: the key itself in any
 * case (`ctoc/cop/res/9/1`), its number alone (`9/1`, `2482 (2019)`), or the
 * number as the text prints it (`第9/1号决议`, `第 9/1 号决定`).
 */

export type KeyLookup = {key: string} | {ambiguous: string[]} | null

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

/** `第9/1号决议` → number `9/1` and the key part a resolution has (`/res/`); anything else as it is. */
function readNumber(input: string): {number: string; part: string | null} {
  const m = /^第(.+?)号(决议|決議|决定|決定)?$/.exec(input)
  if (!m) return {number: input, part: null}
  return {number: m[1], part: m[2] === undefined ? null : /议|議/.test(m[2]) ? '/res/' : '/dec/'}
}

export function lookupKey(input: string, keys: string[]): KeyLookup {
  const q = fold(input)
  if (q === '') return null
  const exact = keys.filter((k) => fold(k) === q)
  if (exact.length > 0) return {key: exact.includes(input) ? input : exact[0]}
  const {number, part} = readNumber(q)
  const hits = keys.filter((k) => {
    const f = fold(k)
    return f.endsWith(`/${number}`) && (part === null || f.includes(part))
  })
  if (hits.length === 1) return {key: hits[0]}
  return hits.length > 1 ? {ambiguous: hits} : null
}
