/**
 * Resolutions and decisions: `大会 2013 年 12 月 18 日第 68/193 号决议`, lists
 * (`第 67/186 号、第 67/189 号和第 67/192 号决议`, `第 62/272、64/297 和 68/276 号决议`),
 * letter parts (`67/234B`, `第67/234号决议B部分`), Security Council years
 * (`第 1373 (2001) 号`), Roman sessions (`3499(XXX)`), special sessions (`S-17/2`)
 * and the Chinese-numeral Council form `决议案五十四(一九四八)`.
 *
 * Issuing body, in SPEC's order: a body named before the list in the same
 * clause (carried to the next list over `；及`, `和`, `、`), `其` or none → the
 * issuer, then the number's shape.
 */
import {bodyByShape, findBodies, numberShape, OWN, UNKNOWN, type BodyToken} from './bodies.js'
import {DATE_SRC, findDates} from './dates.js'
import {toRoman, zhDigitsToNumber, zhToNumber} from './numerals.js'
import type {Hit} from './types.js'

/** One printed number: `68/193`, `67/234B`, `1373 (2001)`, `3499(XXX)`, `S-17/2`, `第 1373 号`. */
const NUM_RE =
  /(?<![A-Za-z0-9./\-])(?:(E?S-\d{1,2}\/\d{1,4})(?![\d/])|(\d{1,4}\/\d{1,4})(?:\s?([A-Z])(?![A-Za-z]))?(?![A-Za-z0-9/]|\.\d)|(\d{1,5})\s*(?:([A-Z])\s*)?\(\s*(\d{4}|[IVXLC]{1,7})\s*\)|(?<=第\s*)(\d{1,5})(?=\s*号\s*决议))/g

interface Token {
  start: number
  end: number
  num: string
}

function tokens(text: string): Token[] {
  const out: Token[] = []
  NUM_RE.lastIndex = 0
  for (let m = NUM_RE.exec(text); m; m = NUM_RE.exec(text)) {
    let num: string
    if (m[1]) num = m[1]
    else if (m[2]) num = m[2] + (m[3] ?? '')
    else if (m[4]) num = `${m[4]}${m[5] ?? ''}(${m[6]})`
    else num = m[7]
    out.push({start: m.index, end: m.index + m[0].length, num})
  }
  return out
}

const TERM_RE = /^\s*号\s*(?:关于[^。;,]{1,80}?的\s*)?(决议|决定)(?!草案)(?:\s*([A-Z])\s*部分)?/
const SEP_RE = new RegExp(
  `^\\s*号?\\s*(?:\\([A-Z][A-Za-z0-9./ -]{1,40}\\)\\s*)?(?:、|,|;|和|及|以及|与|或者|或)\\s*(?:${DATE_SRC}\\s*)?(?:题为["“「][^"”」]{0,300}["”」]的?\\s*)?第?\\s*$`
)
const POST_DATE_RE = new RegExp(`^\\s*,?\\s*(?:已|业已)?于\\s*${DATE_SRC}\\s*(?:获得|获)?通过`)
const LEAD_RE = /^\s*(?:通过的\s*)?(?:题为["“「][^"”」]{0,300}["”」]的?\s*|关于[^。;,]{0,120}的\s*)?第?\s*$/

interface Item {
  num: string
  start: number
  end: number
  date?: string
}

interface List {
  kind: 'resolution' | 'decision'
  items: Item[]
  start: number
  end: number
  /** explicit body prefix (OWN for 其), when the clause names one */
  body?: string
  bodyStart?: number
}

const DATES_G = new RegExp(DATE_SRC, 'g')

/** Longest text allowed between a body and its list. */
const MAX_GAP = 400

function stripCommon(g: string): string {
  return g
    .replace(/["“「][^"”」]{0,300}["”」]/g, '')
    .replace(/《[^《》]{0,200}》/g, '')
    .replace(DATES_G, '')
    .replace(/关于[^。;,]{0,120}的/g, '')
    .replace(/第\s*[\d〇零一二三四五六七八九十百]+\s*届(?:特别|常会|续会)?会议(?:上)?/g, '')
    .replace(/[\s()（）]/g, '')
    .replace(/题为|各项|所有|有关|相关|其他|这些|以往|先前|此前|上述|最近|通过的/g, '')
}

/** Text between a named body and the list it issued. */
function gapOk(g: string): boolean {
  const s = stripCommon(g)
  return /^(?:在|于)?的?$/.test(s) || /^(?:(?:决议|决定),?(?:特别是|包括|尤其是|例如|如))+的?$/.test(s)
}

/** Text between two lists of one citation (`，附件；及`, `和`, `、`). */
function connectorOk(g: string): boolean {
  const s = stripCommon(g).replace(/附件[一二三四五六七八九十\d]*|附录|[A-Z]部分/g, '')
  return /^[,;、]*(?:和|及|以及|与|或|并|另见|又见|见)?[,]?的?$/.test(s)
}

function lists(text: string, toks: Token[], blocked: (s: number, e: number) => boolean): List[] {
  const out: List[] = []
  const dates = findDates(text)
  let open: Item[] = []
  let prevEnd = 0
  let carried: string | undefined
  let di = 0
  const itemDate = (from: number, tokStart: number): {date?: string; start: number} => {
    // the last date before the token, with only `题为“…”的`, `关于…的` or `第` between
    while (di < dates.length && dates[di].end <= tokStart) di++
    const best = di > 0 ? dates[di - 1] : undefined
    if (best && best.start >= from && tokStart - best.end <= 400 && LEAD_RE.test(text.slice(best.end, tokStart)))
      return {date: best.iso, start: best.start}
    const lead = /第\s*$/.exec(text.slice(Math.max(from, tokStart - 8), tokStart))
    return {start: lead ? tokStart - lead[0].length : tokStart}
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    if (blocked(t.start, t.end)) {
      open = []
      continue
    }
    const from = open.length ? open[open.length - 1].end : prevEnd
    const lead = itemDate(from, t.start)
    if (lead.date) carried = lead.date
    else if (!open.length) carried = undefined
    const item: Item = {num: t.num, start: lead.start, end: t.end, date: carried}
    const after = text.slice(t.end, t.end + 40)
    const hao = /^\s*号/.exec(after)
    if (hao) item.end = t.end + hao[0].length
    open.push(item)
    const term = TERM_RE.exec(text.slice(t.end, t.end + 40))
    if (term) {
      const last = open[open.length - 1]
      if (term[2]) last.num += term[2]
      let end = t.end + term[0].length
      const post = POST_DATE_RE.exec(text.slice(end, end + 60))
      if (post && open.length === 1 && !last.date) last.date = dateOf(post[1], post[2], post[3])
      last.end = end
      out.push({kind: term[1] === '决议' ? 'resolution' : 'decision', items: open, start: open[0].start, end})
      prevEnd = end
      open = []
      carried = undefined
      continue
    }
    const next = toks[i + 1]
    if (!next || !SEP_RE.test(text.slice(t.end, next.start))) {
      open = []
      carried = undefined
    }
  }
  return out
}

function dateOf(y: string, m: string, d: string): string | undefined {
  return findDates(`${y}年${m}月${d}日`)[0]?.iso
}

function assignBodies(text: string, ls: List[], bodies: BodyToken[]): void {
  let bi = 0
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]
    const prev = ls[i - 1]
    const from = prev ? prev.end : 0
    while (bi < bodies.length && bodies[bi].end <= l.start) bi++
    const cand = bi > 0 ? bodies[bi - 1] : undefined
    const near = cand && cand.start >= from ? cand : undefined
    if (near && l.start - near.end <= MAX_GAP && gapOk(text.slice(near.end, l.start))) {
      l.body = near.prefix === OWN ? antecedent(text, bodies, bi - 1) : near.prefix
      l.bodyStart = near.start
    } else if (prev && prev.body && l.start - prev.end <= MAX_GAP && connectorOk(text.slice(prev.end, l.start))) {
      l.body = prev.body
    }
  }
}

/**
 * What `其` (its own) stands for: the body named nearest before it in the same
 * sentence (an unlisted body too), else the issuer of the text (OWN).
 */
function antecedent(text: string, bodies: BodyToken[], at: number): string {
  for (let k = at - 1; k >= 0; k--) {
    const b = bodies[k]
    if (b.prefix === OWN) continue
    return /[。;!?]/.test(text.slice(b.end, bodies[at].start)) ? OWN : b.prefix
  }
  return OWN
}

/** Key prefix of a list item, or undefined when no body can be known. */
function prefixOf(l: List, num: string, issuer: string): string | undefined {
  const shape = numberShape(num)
  // with no issuer known, the number's shape decides
  if (l.body === OWN) return issuer === UNKNOWN ? bodyByShape(num, issuer) : issuer
  if (l.body === UNKNOWN) return UNKNOWN
  if (l.body) return shape === 'plain' && l.body !== 'S' ? undefined : l.body
  return bodyByShape(num, issuer)
}

/** `决议案五十四(一九四八)` (a Council year) and `决议案三十二(一)` (a General Assembly session). */
const ZH_OLD_RE = /决议案\s*([〇零一二三四五六七八九十百千]+)\s*\(\s*([〇○零一二三四五六七八九]{4}|[一二三四五六七八九十]{1,3})\s*\)/g

export function findResolutions(text: string, issuer: string, blocked: (s: number, e: number) => boolean): Hit[] {
  const hits: Hit[] = []
  if (text.includes('号')) {
    const ls = lists(text, tokens(text), blocked)
    assignBodies(text, ls, findBodies(text))
    for (const l of ls) {
      const many = l.items.length > 1
      l.items.forEach((it, idx) => {
        const num = it.num.replace(/\s+/g, '')
        const prefix = prefixOf(l, num, issuer)
        if (!prefix) return
        const start = idx === 0 && l.bodyStart !== undefined ? l.bodyStart : it.start
        const hit: Hit = {
          kind: l.kind,
          key: `${prefix}/${l.kind === 'resolution' ? 'RES' : 'DEC'}/${num}`,
          start,
          end: idx === l.items.length - 1 ? l.end : it.end,
          rule: `${l.kind === 'resolution' ? 'res' : 'dec'}${many ? '-list' : ''}${l.body ? '' : '-shape'}`
        }
        if (it.date) hit.date = it.date
        hits.push(hit)
      })
    }
  }
  if (!text.includes('决议案')) return hits
  ZH_OLD_RE.lastIndex = 0
  for (let m = ZH_OLD_RE.exec(text); m; m = ZH_OLD_RE.exec(text)) {
    const n = zhToNumber(m[1])
    const span = {start: m.index, end: m.index + m[0].length}
    if (m[2].length === 4) {
      const y = zhDigitsToNumber(m[2])
      if (n > 0 && y > 1900) hits.push({kind: 'resolution', key: `S/RES/${n}(${y})`, ...span, rule: 'res-sc-zh'})
    } else {
      const session = zhToNumber(m[2])
      if (n > 0 && session > 0) hits.push({kind: 'resolution', key: `A/RES/${n}(${toRoman(session)})`, ...span, rule: 'res-ga-zh'})
    }
  }
  return hits
}
