/**
 * FRBR naming in the AKN4UN manner: Work, Expression and Manifestation IRIs
 * of an instrument, the adopting body's TLC id, and the href each kind of
 * reference gets. Plain functions of the keys of SPEC.md.
 */
import {undocsUrl} from '../../un/undocs.js'

/** Body prefix of a key (`A`, `CTOC/COP`, `E/CN.15`) → the short name AKN4UN IRIs and TLC ids use. */
const BODY_NAMES: Record<string, string> = {
  A: 'unga',
  S: 'unsc',
  E: 'ecosoc',
  'A/HRC': 'unhrc',
  'E/CN.4': 'chr',
  'E/CN.6': 'csw',
  'E/CN.7': 'cnd',
  'E/CN.15': 'ccpcj',
  'CTOC/COP': 'ctoc-cop',
  'CAC/COSP': 'cac-cosp',
  '?': 'unknown'
}

/** Treaty codes of article keys → their Work IRI. */
const TREATIES: Record<string, string> = {
  UNTOC: '/akn/un/act/convention/untoc',
  UNCAC: '/akn/un/act/convention/uncac',
  TIP: '/akn/un/act/protocol/tip',
  SOM: '/akn/un/act/protocol/som',
  FP: '/akn/un/act/protocol/fp',
  CHARTER: '/akn/un/act/charter/charter'
}

/** A piece of an IRI: lower case, `/`, brackets and spaces as `-`. */
function segment(text: string): string {
  return text
    .toLowerCase()
    .replace(/[/()\s.]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** `CTOC/COP/RES/9/1` → {body: `CTOC/COP`, kind, number: `9/1`}; null for a key of another kind. */
export function splitInstrumentKey(key: string): {body: string; kind: 'resolution' | 'decision'; number: string} | null {
  const m = /^(.+?)\/(RES|DEC)\/(.+)$/.exec(key)
  return m ? {body: m[1], kind: m[2] === 'RES' ? 'resolution' : 'decision', number: m[3]} : null
}

/** TLC id of a body prefix: `unga`, `ctoc-cop`; a prefix outside the table by its own letters. */
export function bodyId(prefix: string): string {
  return BODY_NAMES[prefix] ?? (segment(prefix) || 'unknown')
}

/**
 * The Work IRI of a resolution or decision (no `!main`):
 * `/akn/un/statement/deliberation/unga/2014-12-18/69-197` for a resolution,
 * `/akn/un/statement/decision/ctoc-cop/9-1` for a decision (bodies number
 * both series from 1), without the date where the text gives none.
 * References cite the dateless form.
 */
export function statementWork(key: string, date: string | null = null): string {
  const parts = splitInstrumentKey(key)
  if (!parts) throw new Error(`not a resolution or decision key: ${key}`)
  return ['/akn/un/statement', parts.kind === 'resolution' ? 'deliberation' : 'decision', bodyId(parts.body), date, segment(parts.number)].filter(Boolean).join('/')
}

/** The report Work IRI: `/akn/un/doc/report/ctoc-cop/2018-11-01/ctoc-cop-2018-13`. */
export function reportWork(issuer: string, date: string | null, name: string): string {
  return ['/akn/un/doc/report', bodyId(issuer), date, segment(name)].filter(Boolean).join('/')
}

/** The three FRBR levels of a component (`main`, `annex_1`) of a Work, in Chinese: `…/zho@/!main` and its `.xml` manifestation. */
export function frbrLevels(work: string, component = 'main'): FrbrLevels {
  return {
    work: {this: `${work}/!${component}`, uri: work},
    expression: {this: `${work}/zho@/!${component}`, uri: `${work}/zho@`},
    manifestation: {this: `${work}/zho@/!${component}.xml`, uri: `${work}/zho@.akn`}
  }
}

export interface FrbrLevels {
  work: {this: string; uri: string}
  expression: {this: string; uri: string}
  manifestation: {this: string; uri: string}
}

/** `/akn/un/statement/deliberation/unga/2014-12-18/69-197` → `statement_deliberation_unga_2014-12-18_69-197` (the file name under output/akn/). */
export function workId(work: string): string {
  return work.replace(/^\/akn\/un\//, '').replaceAll('/', '_')
}

/** `art32/para4/b` → `art_32__para_4__point_b`; `chap5` → `chp_5`. */
function portion(parts: string[]): string {
  return parts
    .map((p) => {
      const m = /^(art|para|chap)(\w+)$/.exec(p)
      if (m) return `${m[1] === 'chap' ? 'chp' : m[1]}_${m[2].toLowerCase()}`
      return `point_${p.toLowerCase()}`
    })
    .join('__')
}

/**
 * Where an article or chapter key points: the treaty's Work, `!main~` and the
 * portion's eId. Rules of procedure are `/akn/un/act/rules/<body>`, other
 * instruments `/akn/un/act/other/<title>`.
 */
export function articleHref(key: string): string {
  const at = key.search(/\/(art|chap)\w+(\/|$)/)
  const code = at < 0 ? key : key.slice(0, at)
  const rest = at < 0 ? [] : key.slice(at + 1).split('/')
  let work = TREATIES[code]
  if (!work && code.endsWith('/RoP')) work = `/akn/un/act/rules/${bodyId(code.slice(0, -'/RoP'.length))}`
  if (!work) work = `/akn/un/act/other/${encodeURIComponent(code.replace(/^OTHER:/, ''))}`
  return rest.length > 0 ? `${work}/!main~${portion(rest)}` : `${work}/!main`
}

/** Where referents without an official IRI scheme (Treaty Series, sales numbers, SDG targets) point: reskb's own names under /akn/ontology/. */
function ontologyHref(kind: string, key: string): string {
  const rest = key.slice(key.indexOf('/') + 1)
  return `/akn/ontology/un/${kind}/${rest.split('/').map(encodeURIComponent).join('/')}`
}

export interface HrefInput {
  kind: string
  key: string
  url: string | null
}

/** The href of a reference's `<ref>`; paragraph references are resolved by the caller (they need the file's eIds). */
export function referenceHref(ref: HrefInput): string {
  switch (ref.kind) {
    case 'resolution':
    case 'decision':
      return splitInstrumentKey(ref.key) ? statementWork(ref.key) : ontologyHref(ref.kind, ref.key)
    case 'article':
    case 'chapter':
      return articleHref(ref.key)
    case 'symbol':
      return ref.url ?? undocsUrl(ref.key) ?? ontologyHref('symbol', `symbol/${ref.key}`)
    case 'paragraph':
      return `#${ref.key.replace(/^para/, 'para_')}`
    default:
      return ontologyHref(ref.kind, ref.key)
  }
}
