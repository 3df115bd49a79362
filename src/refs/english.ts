/**
 * The English side of a bitext, read with the same keys (SPEC v2 leaves it
 * out of scoring; the references are tagged `lang: 'en'`):
 * `Commission on Human Rights resolution 1992/54 of 3 March 1992`,
 * `resolutions 53/115 and 54/132`, `Security Council resolution 1373 (2001)`,
 * `article 5 of the International Convention on …`, `the Convention on the
 * Rights of the Child, in particular article 33 thereof`, `article 2,
 * paragraph 4, of the Charter`. A treaty is keyed only where the table knows
 * its Chinese short title (keys are always in Chinese).
 */
import {bodyByShape, numberShape} from './bodies.js'
import {ENGLISH_BODY_NAMES} from '../un/bodies.js'
import type {Hit} from './types.js'

const BODIES = ENGLISH_BODY_NAMES

/** English titles → instrument codes; the longest first so a full title wins over its tail. */
const TREATIES: [string, string][] = (
  [
    ['United Nations Convention against Transnational Organized Crime', 'UNTOC'],
    ['United Nations Convention against Corruption', 'UNCAC'],
    ['Charter of the United Nations', 'CHARTER'],
    ['Charter', 'CHARTER'],
    ['Convention on the Rights of the Child', 'OTHER:儿童权利公约'],
    ['Convention on the Elimination of All Forms of Discrimination against Women', 'OTHER:消除对妇女一切形式歧视公约'],
    ['International Convention on the Elimination of All Forms of Racial Discrimination', 'OTHER:消除一切形式种族歧视国际公约'],
    ['Universal Declaration of Human Rights', 'OTHER:世界人权宣言']
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length)

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const NUM = '(?:(?:E?S-)?\\d{1,4}\\/\\d{1,4}[A-Z]?|\\d{1,4}\\s?[A-Z]?\\s?\\((?:\\d{4}|[IVXLC]{1,7})\\))'
const RES_RE = new RegExp(
  `(?:(${BODIES.map(([n]) => n).join('|')})\\s+)?(resolutions?|decisions?)\\s+(${NUM}(?:\\s*(?:,|and)\\s*${NUM})*)(?:\\s+of\\s+(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4}))?`,
  'g'
)
const NUM_G = new RegExp(NUM, 'g')
const TITLE_SRC = TREATIES.map(([t]) => t.replace(/ /g, '\\s+')).join('|')
/** `article 5 of the …`, `article 2, paragraph 4, of the …`, `article 2 (b) of the …` */
const ART_OF_RE = new RegExp(`\\barticles?\\s+(\\d+)(?:,?\\s+paragraph\\s+(\\d+),?)?(?:\\s*\\(([a-z])\\))?\\s+of\\s+the\\s+(${TITLE_SRC})`, 'g')
/** `the Convention on the Rights of the Child, in particular article 33 thereof` */
const THEREOF_RE = new RegExp(`(${TITLE_SRC})\\s*,\\s*(?:in particular|especially|including)\\s+articles?\\s+(\\d+)\\s+thereof`, 'g')

const codeOf = (title: string) => TREATIES.find(([t]) => t === title.replace(/\s+/g, ' '))?.[1]

function isoOf(d: string, month: string, y: string): string {
  return `${y}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`
}

export function findEnglish(text: string, issuer: string): Hit[] {
  if (!/[a-z]{4}/.test(text)) return []
  const hits: Hit[] = []
  RES_RE.lastIndex = 0
  for (let m = RES_RE.exec(text); m; m = RES_RE.exec(text)) {
    const body = m[1] ? BODIES.find(([n]) => n === m![1])![1] : undefined
    const kind = m[2].startsWith('res') ? 'resolution' : 'decision'
    const date = m[4] ? isoOf(m[4], m[5], m[6]) : undefined
    for (const n of m[3].match(NUM_G) ?? []) {
      const num = n.replace(/\s+/g, '')
      const prefix = body ?? (numberShape(num) === 'session' && issuer !== '?' ? issuer : bodyByShape(num, issuer))
      if (!prefix) continue
      const hit: Hit = {kind, key: `${prefix}/${kind === 'resolution' ? 'RES' : 'DEC'}/${num}`, start: m.index, end: m.index + m[0].length, rule: 'en-res', lang: 'en'}
      if (date) hit.date = date
      hits.push(hit)
    }
  }
  for (const [re, read] of [
    [ART_OF_RE, (m: RegExpExecArray) => ({art: m[1], para: m[2], letter: m[3], title: m[4]})],
    [THEREOF_RE, (m: RegExpExecArray) => ({art: m[2], para: undefined, letter: undefined, title: m[1]})]
  ] as const) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = read(m)
      const code = codeOf(r.title)
      if (!code) continue
      const key = `${code}/art${r.art}${r.para ? `/para${r.para}` : ''}${r.letter ? `/${r.letter}` : ''}`
      hits.push({kind: 'article', key, start: m.index, end: m.index + m[0].length, rule: 'en-art', lang: 'en'})
    }
  }
  return hits
}
