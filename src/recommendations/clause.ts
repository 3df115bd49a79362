/**
 * The main clause of a recommendation and its governing marker, following UN
 * drafting: the first sentence is the main clause; leading adverbial segments
 * (`在…时，`, `为…，`, `如果…，`, `必要时，`) are not part of it; the clause
 * either opens with a verb addressed to someone (`鼓励缔约国…`, `吁请…`) or has
 * a subject followed by a modal (`各国应当…`, `缔约方会议不妨考虑…`).
 *
 * Shared by `addressees.ts` and `modality.ts`; one analysis, two views.
 */

export const ADDRESSEES = [
  'States',
  'StatesParties',
  'MemberStates',
  'Secretariat',
  'UNODC',
  'COP',
  'WorkingGroup',
  'CentralAuthorities',
  'Other'
] as const
export type Addressee = (typeof ADDRESSEES)[number]

export const MODALITIES = [
  'should',
  'should-consider',
  'may',
  'may-wish',
  'encouraged',
  'invited',
  'called-upon',
  'urged',
  'requested',
  'other'
] as const
export type Modality = (typeof MODALITIES)[number]

export interface MainClause {
  /** the main clause (first sentence without its leading adverbials), normalised */
  clause: string
  /** the governing marker as printed in the normalised clause (`应当`, `鼓励`), '' when none */
  marker: string
  modality: Modality
  /** the text naming who is to act: the subject before a modal or the object of an opening verb */
  actor: string
  addressees: Addressee[]
}

/** Markup, footnote markers and spaces out; half-width punctuation to full width. */
export function normalise(text: string): string {
  return text
    .replace(/<sup>[^<]*<\/sup>/g, '')
    .replace(/\[([^\]]*)\]\(#?[^)]*\)/g, '$1')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, '')
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/:/g, '：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
}

/** The item's label, if the caller left it on: `(a) `, `- (a) `, `1. `. */
const LABEL = /^(?:[-•]\s*)?(?:[（(][a-z0-9]{1,3}[)）]|[0-9]{1,3}[.．、](?![0-9]))\s*/i

/** First sentence: up to the first `。` or `；` (items end with `；`). */
function firstSentence(text: string): string {
  const m = /[。；]/.exec(text)
  return m ? text.slice(0, m.index) : text
}

/** Split on top-level `，` (not inside brackets or quotes). */
function segments(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of text) {
    if ('（《“「'.includes(ch)) depth++
    else if ('）》”」'.includes(ch)) depth = Math.max(0, depth - 1)
    if (ch === '，' && depth === 0) {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out
}

/** A leading segment that is an adverbial, not the main clause. */
function isLeadingAdverbial(seg: string): boolean {
  if (/^(?:为了?|作为|如果|如|若|倘若|一旦|鉴于|必要时|同时|此外|另外|为此|据此|因此)/.test(seg)) return true
  if (/^(?:特别是|尤其是)?(?:根据|按照|依照|依据)/.test(seg)) return true
  return /^(?:特别是|尤其是)?(?:在|对于|关于|当)/.test(seg) && /(?:时|中|下|后|前|方面|期间|内|上|以来|而言|为准)$/.test(seg)
}

// ---------------------------------------------------------------- markers

/** Verbs that open a main clause and address their object. */
const OPENING_VERB =
  /^(?:(?:同时|再次|又|还|并|也)?(?:强烈|进一步|酌情)?)(鼓励|邀请|吁请|促请|呼吁|敦促|请(?!求))/

const VERB_MODALITY: Record<string, Modality> = {
  鼓励: 'encouraged',
  邀请: 'invited',
  吁请: 'called-upon',
  促请: 'called-upon',
  呼吁: 'called-upon',
  敦促: 'urged',
  请: 'requested'
}

/**
 * Modals. `应` is not a modal in 应对/适应/相应/反应/应用/应急/应邀/应有的;
 * nor in 应 + an actor + (的)请求/要求/邀请 ("at the request of", `应工作组的请求`);
 * `可` is not one in 可能/可行/可得/可靠/可持续/可预测/认可/许可/核可/不可….
 */
const MODAL =
  /不妨(?:考虑)?|应当|应该|(?<![相适反响供回对答理顺效感])应(?![对用急邀有])|必须|可以|(?<![认许核不宁即尽])可(?![能行得靠持采信及观比喜怕惜疑见谓口预])/g

/** What may stand between `应` and `考虑` and still leave 考虑 governed by it. */
const TO_CONSIDER =
  /^(?:(?:适当|酌情|认真|积极|优先|进一步|也|还|同时|尽早|尽快|除其他外)|在[^，。]*?(?:情况下|下|时|中|期间|方面|上)|(?:按照|根据|依照|依据|结合)[^，。]*?(?=考虑))*考虑/

function modalModality(marker: string, after: string): Modality {
  if (marker.startsWith('不妨')) return 'may-wish'
  if (marker === '可' || marker === '可以') return 'may'
  // 应, 应当, 应该, 必须
  return TO_CONSIDER.test(after) ? 'should-consider' : 'should'
}

// ---------------------------------------------------------------- actors

const COP_NAME = '(?:联合国打击跨国有?组织犯罪公约)?缔约(?:方|国)会议'

/**
 * Terms for who is to act, tried in this order at a position (first match
 * wins): compounds on the COP's name first (its secretariat, president,
 * working groups), then the bodies, then 各国/国家 before the generic
 * working-group pattern so that `各国…问题工作组` stays States.
 */
const TERMS: [Addressee, RegExp][] = [
  ['Secretariat', new RegExp(`${COP_NAME}的?秘书处`, 'y')],
  ['Other', new RegExp(`${COP_NAME}的?(?:主席团|主席)`, 'y')],
  ['WorkingGroup', new RegExp(`${COP_NAME}的?(?:各|各个|所有)?(?:相关)?工作组`, 'y')],
  ['COP', new RegExp(COP_NAME, 'y')],
  ['StatesParties', /(?:《[^》]*》)?(?:所有|每个|每一|各|其他|有关|相关|受审议的?|审议)?缔约(?:国|方)(?!会议)|(?:受审议|审议)国/y],
  ['MemberStates', /(?:所有|各)?会员国(?:政府)?/y],
  ['UNODC', /(?:联合国)?毒品和犯罪(?:问题)?办公室(?:（[^）]*）)?/y],
  ['Secretariat', /(?:联合国)?秘书(?:处|长)/y],
  ['CentralAuthorities', /(?:各|其)?中央机关/y],
  ['States', /(?:所有|每个|其他|有关|相关|其余)?(?:各国|国家)(?:政府)?/y],
  ['WorkingGroup', /(?:各|该|有关|相关)?(?:技术援助问题政府专家|国际合作(?:问题)?|[\u4e00-\u9fff]{2,4}问题)?工作组/y],
  ['Other', /主席团/y],
  [
    'Other',
    /其他[^，、；。（）]{0,12}?(?:提供方|捐助方|各方|方|组织|机构|实体|伙伴)|(?:国际|区域|次区域|政府间|非政府|相关|有关)(?:和(?:国际|区域|次区域))?组织|捐助(?:方|国|者)|民间社会|私营部门|学术界|利益攸关方|有关各方|相关各方|联合国系统[^，、；。]{0,8}?(?:实体|组织|机构)|主管机关|执法机关|司法机关|从业人员/y
  ]
]

/** `与` is left out: after an addressee it usually means "with" (`请…办公室与会员国开展协作`). */
const CONNECTOR = /，?(?:以及|包括|连同|和|及|或|、)|，/y

function termAt(text: string, at: number): {who: Addressee; end: number} | undefined {
  for (const [who, re] of TERMS) {
    re.lastIndex = at
    const m = re.exec(text)
    if (m) return {who, end: at + m[0].length}
  }
  return undefined
}

/** A noun phrase of addressee terms joined by connectors, from `at`. */
function parseActors(text: string, at: number): {who: Addressee[]; end: number} {
  const who: Addressee[] = []
  let t = termAt(text, at)
  if (!t) return {who, end: at}
  let end = t.end
  who.push(t.who)
  for (;;) {
    CONNECTOR.lastIndex = end
    const c = CONNECTOR.exec(text)
    if (!c) break
    t = termAt(text, end + c[0].length)
    if (!t) break
    who.push(t.who)
    end = t.end
  }
  return {who, end}
}

/** Positions right after a `的` that is followed by an addressee term. */
function relativeHeads(text: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf('的'); i >= 0; i = text.indexOf('的', i + 1)) if (termAt(text, i + 1)) out.push(i + 1)
  return out
}

/**
 * The subject before a modal: `尚未…的缔约国` has its head after the last
 * `的` that introduces an addressee; otherwise the terms at the start.
 */
function subjectActors(subject: string): Addressee[] {
  const heads = relativeHeads(subject)
  const from = heads.length ? heads[heads.length - 1] : 0
  return parseActors(subject, from).who
}

/** The object of an opening verb: `鼓励各国和其他…，包括…` or `鼓励尚未…的国家考虑…`. */
function objectActors(text: string): Addressee[] {
  const direct = parseActors(text, 0).who
  if (direct.length) return direct
  const seg = segments(text)[0]
  const heads = relativeHeads(seg)
  return heads.length ? parseActors(text, heads[0]).who : []
}

function canonical(who: Addressee[]): Addressee[] {
  return ADDRESSEES.filter((a) => who.includes(a))
}

/** `应工作组的请求`, `应会员国请求`: 应 + an actor + (的)请求 is "at the request of". */
function atRequestOf(text: string, at: number): boolean {
  const t = termAt(text, at)
  return !!t && /^的?(?:请求|要求|邀请)/.test(text.slice(t.end))
}

// ---------------------------------------------------------------- analysis

/** Analyse a recommendation's text (label optional, markup tolerated). */
export function mainClause(text: string): MainClause {
  const norm = normalise(text).replace(LABEL, '')
  const segs = segments(firstSentence(norm))
  let k = 0
  while (k < segs.length - 1 && isLeadingAdverbial(segs[k])) k++
  const clause = segs.slice(k).join('，')

  const open = OPENING_VERB.exec(clause)
  if (open) {
    const actor = clause.slice(open[0].length)
    return {clause, marker: open[1], modality: VERB_MODALITY[open[1]], actor, addressees: canonical(objectActors(actor))}
  }

  for (const m of clause.matchAll(MODAL)) {
    const at = m.index ?? 0
    if (at === 0 || (m[0] === '应' && atRequestOf(clause, at + 1))) continue
    const subject = clause.slice(0, at)
    return {
      clause,
      marker: m[0],
      modality: modalModality(m[0], clause.slice(at + m[0].length)),
      actor: subject,
      addressees: canonical(subjectActors(subject))
    }
  }

  // A subject that itself encourages, invites…: `缔约方会议鼓励各国…`; the
  // verb must follow the subject directly.
  const subj = parseActors(clause, 0)
  const inner = subj.who.length ? /^(?:还|又|也|并)?(鼓励|邀请|吁请|促请|呼吁|敦促|请(?!求))/.exec(clause.slice(subj.end)) : null
  if (inner) {
    const actor = clause.slice(subj.end + inner[0].length)
    return {clause, marker: inner[1], modality: VERB_MODALITY[inner[1]], actor, addressees: canonical(objectActors(actor))}
  }

  return {clause, marker: '', modality: 'other', actor: clause, addressees: canonical(parseActors(clause, 0).who)}
}
