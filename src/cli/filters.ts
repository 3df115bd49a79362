/**
 * Filters as every query command reads them: values are case-insensitive, a
 * repeated filter is OR'ed (`--to A/RES/68/193 --to UNTOC/art32`), different
 * filters are AND'ed, and a value of a closed set may be a `*` pattern
 * (`States*` is States and StatesParties).
 */
import {CliError} from './errors.js'

function pattern(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i')
}

/** The members of `allowed` that the given values name; null when none is given (no filter). */
export function choices(given: string[], allowed: readonly string[], flag: string): Set<string> | null {
  if (given.length === 0) return null
  const chosen = new Set<string>()
  for (const value of given) {
    const re = pattern(value)
    const hits = allowed.filter((a) => re.test(a))
    if (hits.length === 0) throw new CliError(`--${flag} must be one of ${allowed.join(', ')} or a pattern of them like ${allowed[0]}* (got '${value}')`, 2, {input: value, known: [...allowed]})
    for (const h of hits) chosen.add(h)
  }
  return chosen
}

/** `UNTOC/art32` matches itself and its paragraphs (`UNTOC/art32/para4`), not `UNTOC/art320`; any case. */
export function keyMatches(key: string, wanted: string): boolean {
  const k = key.toLowerCase()
  const w = wanted.toLowerCase()
  if (k === w) return true
  return w.endsWith('/') ? k.startsWith(w) : k.startsWith(`${w}/`)
}

/** True when no value is given, or when one of them passes. */
export function anyOf(given: string[], test: (value: string) => boolean): boolean {
  return given.length === 0 || given.some(test)
}

/** `text` contains `part`, any case. */
export function contains(text: string | null, part: string): boolean {
  return (text ?? '').toLowerCase().includes(part.toLowerCase())
}
