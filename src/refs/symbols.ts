/**
 * UN document symbols: `A/69/489`, `A/CONF. 192/15` → `A/CONF.192/15`,
 * `CTOC/COP/2018/L.4/Rev.1`; combined `X-Y` / `X–Y` (two symbols); trailing
 * parts of the same document `E/CN.15/2014/19 和 Corr. 1`, `A/60/88和Corr.2`,
 * `…/L.1 和 L.1/Add.1–Add.11` (each addendum).
 *
 * A resolution symbol (`A/RES/69/197`, `S/RES/1373 (2001)`) names a resolution
 * and is reported as one.
 */
import type {Hit} from './types.js'

/** series letters, then `/part` at least once; a part may be `CONF. 192`, `L.4`, `Rev.1`. */
const PART = '(?:E?S-\\d+|[A-Za-z0-9]+(?:\\.(?:\\s?\\d+|[A-Za-z0-9]+))*)'
const SYMBOL_SRC = `[A-Z][A-Z0-9]{0,9}(?:\\.\\d+)?(?:/${PART})+`
const SYMBOL_RE = new RegExp(`(?<![A-Za-z0-9./\\-])${SYMBOL_SRC}`, 'g')
const SC_YEAR_RE = /^\s*\(\s*(\d{4})\s*\)/
const COMBINED_RE = new RegExp(`^\\s?[-–—]\\s?(${SYMBOL_SRC})`)
/** `和 Corr. 1`, `、Add.2`, `和 L.1/Add.1` */
const TAIL_RE = /^\s*(?:和|及|以及|与|、|,|and)\s*((?:Corr|Add|Rev|L|CRP|INF|Amend)\.\s?\d+(?:\/(?:Corr|Add|Rev)\.\s?\d+)*)(?![A-Za-z0-9/])/
/** `–Add.11` after a symbol ending in `Add.1` */
const RANGE_RE = /^\s?[-–—]\s?(Corr|Add|Rev)\.\s?(\d+)(?![\d/])/

function clean(s: string): string {
  return s.replace(/\s+/g, '')
}

function valid(sym: string): boolean {
  return /\d/.test(sym) && sym.includes('/')
}

/** Replace the tail of `base` starting at the part that `tail` begins with. */
function withTail(base: string, tail: string): string {
  const head = /^([A-Za-z]+)\./.exec(tail)![1]
  const parts = base.split('/')
  for (let i = parts.length - 1; i > 0; i--) {
    if (parts[i].startsWith(`${head}.`)) return [...parts.slice(0, i), tail].join('/')
  }
  return `${base}/${tail}`
}

function asHit(sym: string, start: number, end: number, rule: string): Hit {
  const res = /^([A-Z][A-Z0-9./]*?)\/RES\/(.+)$/.exec(sym)
  if (res) return {kind: 'resolution', key: sym, start, end, rule: 'res-symbol'}
  return {kind: 'symbol', key: sym, start, end, rule}
}

export function findSymbols(text: string): Hit[] {
  const hits: Hit[] = []
  if (!text.includes('/')) return hits
  SYMBOL_RE.lastIndex = 0
  for (let m = SYMBOL_RE.exec(text); m; m = SYMBOL_RE.exec(text)) {
    const start = m.index
    let sym = clean(m[0])
    let end = start + m[0].length
    if (!valid(sym)) continue
    const year = /\/RES\/\d+$/.test(sym) ? SC_YEAR_RE.exec(text.slice(end, end + 12)) : null
    if (year) {
      sym += `(${year[1]})`
      end += year[0].length
    }
    const group: Hit[] = [asHit(sym, start, end, 'symbol')]
    let last = sym
    let pos = end
    for (;;) {
      const rest = text.slice(pos, pos + 80)
      const comb = COMBINED_RE.exec(rest)
      if (comb && valid(clean(comb[1]))) {
        last = clean(comb[1])
        pos += comb[0].length
        group.push(asHit(last, start, pos, 'symbol-combined'))
        continue
      }
      const range = RANGE_RE.exec(rest)
      const lastPart = /\/(Corr|Add|Rev)\.(\d+)$/.exec(last)
      if (range && lastPart && range[1] === lastPart[1]) {
        const from = Number(lastPart[2])
        const to = Number(range[2])
        pos += range[0].length
        if (to > from && to - from <= 50) {
          for (let k = from + 1; k <= to; k++) {
            last = last.replace(/\.\d+$/, `.${k}`)
            group.push(asHit(last, start, pos, 'symbol-range'))
          }
        }
        continue
      }
      const tail = TAIL_RE.exec(rest)
      if (tail) {
        last = withTail(last, clean(tail[1]))
        pos += tail[0].length
        group.push(asHit(last, start, pos, 'symbol-tail'))
        continue
      }
      break
    }
    // the first symbol's surface is its own text; each later one spans from the first to itself
    hits.push(...group)
    SYMBOL_RE.lastIndex = pos
  }
  return hits
}
