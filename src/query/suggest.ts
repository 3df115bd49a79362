/**
 * "Did you mean" for unknown keys (instrument keys, paragraph ids, kinds).
 */
// Deep import: natural's index loads database clients and writes to stdout.
import distance from 'natural/lib/natural/distance/index.js'
import {foldWidthCase} from './normalize.js'

/**
 * Up to `n` known keys closest to `input`, deterministic:
 * 1. keys that start with the input (case- and width-insensitive), shortest first;
 * 2. then keys by Damerau-Levenshtein distance (transpositions count 1), then
 *    Jaro-Winkler similarity, then the key itself; only keys within
 *    max(2, 40% of the longer length) edits are offered.
 * An exact match (after folding) comes first.
 */
export function closestKeys(input: string, known: string[], n = 5): string[] {
  if (n <= 0) return []
  const q = foldWidthCase(input.trim())
  if (q === '') return []
  const keys = [...new Set(known)]
  const prefix: {key: string; len: number}[] = []
  const near: {key: string; dist: number; sim: number}[] = []
  for (const key of keys) {
    const k = foldWidthCase(key)
    if (k.startsWith(q)) {
      prefix.push({key, len: k.length})
      continue
    }
    const dist = distance.DamerauLevenshteinDistance(q, k)
    if (dist > Math.max(2, Math.floor(0.4 * Math.max(q.length, k.length)))) continue
    near.push({key, dist, sim: distance.JaroWinklerDistance(q, k)})
  }
  prefix.sort((a, b) => a.len - b.len || cmp(a.key, b.key))
  near.sort((a, b) => a.dist - b.dist || b.sim - a.sim || cmp(a.key, b.key))
  return [...prefix.map((p) => p.key), ...near.map((p) => p.key)].slice(0, n)
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
