/**
 * Issuing bodies of resolutions and decisions (SPEC "Body prefixes") and the
 * number shapes that tell a body when the text names none.
 */

import {BODY_NAMES} from '../un/bodies.js'

const NAMES = BODY_NAMES

const PREFIX = new Map(NAMES)

/** A body outside the table whose resolutions have no SPEC prefix: a congress, a conference (`…罪犯待遇大会`). */
const UNLISTED = '(?<=联合国|国际|世界)[^,。;、《》\\s]{2,24}?(?:大会|会议)(?=[^,。;]{0,60}?第\\s*\\d+\\s*号决议)'

/**
 * One body token: a name above, `大会` where it is the General Assembly (not
 * `缔约国大会`, a congress `…司法大会`, `该届大会`), or `其` (the text's own body;
 * not `其中`, `其他`, `尤其`, `及其`).
 */
const BODY_RE = new RegExp(
  `${NAMES.map(([n]) => n).join('|')}|(?<![国方法罪界生该届本次])大会(?!堂)|(?<![尤及与极使令])其(?![中他它余各所])|${UNLISTED}`,
  'g'
)


export interface BodyToken {
  start: number
  end: number
  /** body prefix; `ISSUER` for `其` */
  prefix: string
  name: string
}

export const OWN = 'ISSUER'
/** The prefix of a body the text does not let one know. */
export const UNKNOWN = '?'

export function findBodies(text: string): BodyToken[] {
  const out: BodyToken[] = []
  BODY_RE.lastIndex = 0
  for (let m = BODY_RE.exec(text); m; m = BODY_RE.exec(text)) {
    const name = m[0]
    const prefix = name === '其' ? OWN : name === '大会' ? 'A' : PREFIX.get(name) ?? UNKNOWN
    out.push({start: m.index, end: m.index + name.length, prefix, name})
  }
  return out
}

/** Body prefix of a name at the very end of `text` (for `缔约方会议议事规则`). */
export function bodyEndingAt(text: string): string | undefined {
  const compact = text.replace(/\s+$/, '')
  for (const [name, prefix] of NAMES) if (compact.endsWith(name)) return prefix
  if (/(?<![国方法罪界生该届本次])大会$/.test(compact)) return 'A'
  return undefined
}

/** Bodies numbering their resolutions by calendar year (`2014/17`). */
const YEAR_NUMBERED = new Set(['E', 'E/CN.4'])

export type NumberShape = 'session' | 'year' | 'sc' | 'roman' | 'special' | 'plain'

/** Shape of a printed resolution number (spaces already removed). */
export function numberShape(num: string): NumberShape {
  if (/^\d+[A-Z]?\(\d{4}\)$/.test(num)) return 'sc'
  if (/\([IVXLC]+\)$/.test(num)) return 'roman'
  if (/^E?S-/.test(num)) return 'special'
  const m = /^(\d+)\//.exec(num)
  if (m) return m[1].length === 4 && Number(m[1]) >= 1946 ? 'year' : 'session'
  return 'plain'
}

/**
 * Body of a resolution number when the clause names none: the issuer where the
 * number fits the issuer's numbering, else the body the shape implies.
 */
export function bodyByShape(num: string, issuer: string): string | undefined {
  switch (numberShape(num)) {
    case 'sc':
      return 'S'
    case 'roman':
      return issuer === 'A' || issuer === 'E' ? issuer : 'A'
    case 'special':
      return 'A'
    case 'year':
      return YEAR_NUMBERED.has(issuer) ? issuer : 'E'
    case 'session':
      return YEAR_NUMBERED.has(issuer) || issuer === 'S' ? 'A' : issuer
    case 'plain':
      return issuer === 'S' ? 'S' : undefined
  }
}
