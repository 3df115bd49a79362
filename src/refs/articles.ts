/**
 * Articles and chapters of named instruments: `《公约》第三十二条第四款和第五款`,
 * `第 2 条 (b) 款`, `第十六条第五款第(二)项`, lists (`第二十四、二十五…和三十一条`),
 * ranges (`第 14 至 17 条`), the protocols' common article
 * (`《公约》每项议定书共同的第一条` → TIP, SOM, FP), rules of procedure
 * (`议事规则第 22 条`), the anaphor `该条第八款`, and chapters (`第五章`).
 *
 * The instrument is the nearest instrument title before the article in the
 * same paragraph, resolved in the state the text is in at that point; with
 * none in the paragraph, the instrument the text named last (a table cell
 * after its row label).
 */
import {bodyEndingAt} from './bodies.js'
import {enterParagraph, isInstrumentTitle, resolveTitle, UNTOC_PROTOCOLS, type InstrumentState} from './instruments.js'
import {STEM, ZH_NUM, letterOf, scanNumberLists, subLetter, toNumber, type NumberList} from './numerals.js'
import type {Hit} from './types.js'


/**
 * An instrument's name: a title in 《》, rules of procedure, a national law by
 * number (`第3/1999号法律`), or a name printed without 《》 right before its
 * article (`宪章第九十三条`, `联合国宪章第二十四条`, `公约第5条`), as older texts print them.
 */
const NAME_RE = /《([^《》]{1,150})》|议事规则|(第\d{1,4}\/\d{4}号法律)|(?<!《)(联合国宪章)(?=\s*第)|(?<=^|[^\p{Script=Han}]|[依照按据根和及与的、在])(宪章|公约)(?=\s*第)/gu
const SUB_RE = new RegExp(`^\\s*(?:第\\s*)?\\(\\s*([a-z]|${ZH_NUM}|${STEM})\\s*\\)\\s*(?:项|目|款|分段)?`)
/** What follows `第一条` in an article's own heading: its caption, or nothing. */
const ARTICLE_HEADING_REST = /^(?:\s+[^\s,。;]{1,30})?\s*$/
const AFTER_SYMBOL = /[A-Z][A-Za-z0-9.]*\/[A-Za-z0-9./-]*[A-Za-z0-9]\s*$/
/** `第4(b)款`: the letter printed inside the paragraph number. */
const PARA_LETTER_RE = /^\s*第\s*(\d+)\s*\(\s*([a-z])\s*\)\s*款/
/** The Charter's `第二项` after an article is its paragraph. */
const ITEM_RE = new RegExp(`^\\s*第\\s*(\\d+|${ZH_NUM})\\s*项`)
const ANAPHOR_RE = /(?:(?:该|同|上述|本)条|(?<=特别是|尤其是|包括)其(?=\s*第\s*[\d〇零一二两三四五六七八九十百]+\s*款))(?=\s*(?:第\s*[\d〇零一二两三四五六七八九十百]+\s*款|(?:第\s*)?\())/g
const NOT_CHAPTER_AFTER = /^\s*,?\s*(?:[A-Z](?:\.\d+)?\s*节|第)/
const COMMON_RE = /(?:每项|各项|每一项|所有|其各项)议定书(?:共同)?的?\s*$/

interface Name {
  start: number
  end: number
  code: string | null
}

/** Paragraph and sub-paragraph parts after `条`: `第四款和第五款`, `第(二)项`, `(b) 款`, the Charter's `第二项`. */
function parts(text: string, at: number, code: string): {suffixes: string[]; end: number} {
  let end = at
  let paras: number[] = []
  const slice = text.slice(at, at + 80)
  const lead = /^\s*/.exec(slice)![0].length
  const lettered = PARA_LETTER_RE.exec(slice)
  if (lettered) return {suffixes: [`/para${lettered[1]}/${lettered[2]}`], end: at + lettered[0].length}
  const item = code === 'CHARTER' ? ITEM_RE.exec(slice) : null
  if (item) return {suffixes: [`/para${toNumber(item[1])}`], end: at + item[0].length}
  if (slice[lead] === '第') {
    const list = scanNumberLists(slice.slice(lead), '款', {inner: '款'})[0]
    if (list && list.start === 0) {
      paras = list.values
      end += lead + list.end
    }
  }
  let sub: string | undefined
  const s = SUB_RE.exec(text.slice(end, end + 30))
  if (s) {
    sub = subLetter(s[1])
    end += s[0].length
  }
  if (!paras.length) return {suffixes: [sub ? `/${sub}` : ''], end}
  return {suffixes: paras.map((n, i) => `/para${n}${sub && i === paras.length - 1 ? `/${sub}` : ''}`), end}
}

export interface ArticleState extends InstrumentState {
  lastArticle?: {code: string; art: number}
  /** the article of a treaty's own text being read (after its heading `第一条 宗旨`), for `本条第二款` */
  ownArticle?: {code: string; art: number}
}

/** `OTHER:<short title>` for an instrument outside the code table (the text is already Simplified). */
function otherCode(title: string): string {
  return `OTHER:${title.replace(/[\s《》]/g, '')}`
}

export function findArticles(text: string, issuer: string, state: ArticleState, defaultConvention: string, inTable = false): Hit[] {
  const hits: Hit[] = []
  enterParagraph(state)
  const hasArt = text.includes('条')
  const hasChap = text.includes('章')
  // titles first, in order, so that the state moves along the paragraph
  const names: Name[] = []
  NAME_RE.lastIndex = 0
  for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
    // rules of procedure, bare (`缔约方会议议事规则`) or as a title (`《大会议事规则》`)
    if (m[2] !== undefined) {
      names.push({start: m.index, end: m.index + m[0].length, code: otherCode(m[2])})
      continue
    }
    const bare = m[3] ?? m[4]
    if (bare !== undefined) {
      names.push({start: m.index, end: m.index + m[0].length, code: resolveTitle(bare, state, defaultConvention).code})
      continue
    }
    const rules = m[1] === undefined ? text.slice(Math.max(0, m.index - 24), m.index) : /^(.*)议事规则$/.exec(m[1].trim())?.[1]
    if (rules !== undefined) {
      // `安理会暂行议事规则`: the provisional rules are the body's rules
      const body = bodyEndingAt(rules.replace(/暂行\s*$/, '')) ?? issuer
      names.push({start: m.index, end: m.index + m[0].length, code: `${body}/RoP`})
      continue
    }
    if (!isInstrumentTitle(m[1])) continue
    names.push({start: m.index, end: m.index + m[0].length, code: resolveTitle(m[1], state, defaultConvention).code ?? otherCode(m[1])})
  }
  if (!hasArt && !hasChap) {
    for (const n of names) if (n.code) state.last = n.code
    return hits
  }
  interface Ev {
    start: number
    end: number
    type: 'art' | 'chap' | 'ana'
    list?: NumberList
  }
  const evs: Ev[] = []
  for (const l of scanNumberLists(text, '条章', {inner: '条章'})) {
    const next = text[l.end] ?? ''
    if (l.term === '条' && !/^(?:[约例]|\s*建议)/.test(text.slice(l.end, l.end + 4))) evs.push({start: l.start, end: l.end, type: 'art', list: l})
    if (l.term === '章' && next !== '程') evs.push({start: l.start, end: l.end, type: 'chap', list: l})
  }
  if (hasArt) {
    ANAPHOR_RE.lastIndex = 0
    for (let m = ANAPHOR_RE.exec(text); m; m = ANAPHOR_RE.exec(text))
      evs.push({start: m.index, end: m.index + m[0].length, type: 'ana'})
  }
  evs.sort((a, b) => a.start - b.start)
  let ni = 0
  let near: Name | undefined
  for (const ev of evs) {
    while (ni < names.length && names[ni].end <= ev.start) {
      near = names[ni++]
      if (near.code) state.last = near.code
    }
    if (ev.type === 'ana') {
      const la = text.startsWith('本', ev.start) ? state.ownArticle : state.lastArticle
      if (!la) continue
      const pr = parts(text, ev.end, la.code)
      if (pr.end === ev.end) continue
      for (const suf of pr.suffixes)
        hits.push({kind: 'article', key: `${la.code}/art${la.art}${suf}`, start: ev.start, end: pr.end, rule: 'art-anaphor'})
      continue
    }
    const code = near ? near.code : state.last
    if (!code) continue
    // a treaty's own article heading (`第一条 宗旨`) opens the article; it cites nothing
    if (!near && ev.start === 0 && ev.type === 'art' && !inTable && ev.list!.values.length === 1 && ARTICLE_HEADING_REST.test(text.slice(ev.end))) {
      state.ownArticle = {code, art: ev.list!.values[0]}
      continue
    }
    // `ST/AI/189/Add.9/Rev.2第2条`: a section of the document just named
    if (!near && AFTER_SYMBOL.test(text.slice(Math.max(0, ev.start - 40), ev.start))) continue
    const gap = near ? text.slice(near.end, ev.start) : ''
    const start = near && !/[。;]/.test(gap) && gap.length <= 60 ? near.start : ev.start
    if (ev.type === 'chap') {
      if (!near || /[。;]/.test(gap) || NOT_CHAPTER_AFTER.test(text.slice(ev.end, ev.end + 12))) continue
      // a chapter of a report (`见下文第五章`), not of the instrument
      if (/(?:见|上文|下文|本报告)\s*$/.test(text.slice(Math.max(0, ev.start - 4), ev.start))) continue
      for (const n of ev.list!.values)
        hits.push({kind: 'chapter', key: `${code}/chap${n}`, start, end: ev.end, rule: 'chap'})
      continue
    }
    const nums = ev.list!.values
    if (!nums.length) continue
    const pr = parts(text, ev.end, code)
    const codes = near && code === 'UNTOC' && COMMON_RE.test(gap) ? UNTOC_PROTOCOLS : [code]
    const rule = codes.length > 1 ? 'art-common' : code.endsWith('/RoP') ? 'art-rop' : /^\d/.test(ev.list!.first) ? 'art' : 'art-zh'
    for (const c of codes) {
      nums.forEach((n, i) => {
        const sufs = i === nums.length - 1 ? pr.suffixes : ['']
        for (const suf of sufs) hits.push({kind: 'article', key: `${c}/art${n}${suf}`, start, end: pr.end, rule})
      })
    }
    state.lastArticle = {code: codes[0], art: nums[nums.length - 1]}
  }
  while (ni < names.length) {
    const n = names[ni++]
    if (n.code) state.last = n.code
  }
  return hits
}
