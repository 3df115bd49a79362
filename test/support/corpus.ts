/**
 * Test support: the corpus, its gold files, and the layout variants every
 * stage must survive (Traditional script, no heading marks, swapped footnote
 * marker styles, GB18030 bytes, CRLF line ends, half-width punctuation,
 * spaces around numbers). Tests read only the project's own files.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import * as OpenCC from 'opencc-js'
import iconv from 'iconv-lite'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const CORPUS_DIR = `${ROOT}corpus/`
export const FIXTURES_DIR = `${ROOT}test/fixtures/`

export interface GoldOperative {
  label: string | null
  head: string
  tail: string
}
export interface GoldInstrument {
  key: string
  kind: string
  number: string
  title: string | null
  preambular: number
  operative: GoldOperative[]
  annexes: {label: string; title: string | null}[]
}
export interface GoldReference {
  kind: string
  key: string
  surface: string
  date?: string
  hard?: boolean
}
export interface GoldItem {
  label: string
  topic: string | null
  head: string
  addressees: string[]
  modality: string
}
export interface GoldList {
  in: string
  annex: string | null
  adoptedBy: string
  meeting: string
  items: GoldItem[]
}
export interface Gold {
  file: string
  issuer: string
  instruments: GoldInstrument[]
  footnotes: {n: number | string; text: string; refs: number}[]
  references: GoldReference[]
  recommendationLists: GoldList[]
}

export const CORPUS_FILES = readdirSync(CORPUS_DIR).filter((f) => /\.(txt|md)$/.test(f)).sort()

/** The dev set: real texts of other bodies, decades and layouts, with hand gold (SPEC v2). */
export const DEV_DIR = `${FIXTURES_DIR}dev/`
export const DEV_FILES = readdirSync(DEV_DIR).filter((f) => /\.txt$/.test(f)).sort()

export function devBytes(file: string): Buffer {
  return readFileSync(DEV_DIR + file)
}

export function devGold(file: string): Gold {
  return JSON.parse(readFileSync(`${DEV_DIR}${file}.gold.json`, 'utf8')) as Gold
}

export function corpusBytes(file: string): Buffer {
  return readFileSync(CORPUS_DIR + file)
}

export function corpusText(file: string): string {
  return corpusBytes(file).toString('utf8')
}

export function gold(file: string): Gold {
  return JSON.parse(readFileSync(`${FIXTURES_DIR}${file}.gold.json`, 'utf8')) as Gold
}

const toTraditional = OpenCC.Converter({from: 'cn', to: 'tw'}) as (s: string) => string

const SUP_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

export interface Variant {
  name: string
  /** the text change (for comparing expected strings) */
  transform: (text: string) => string
  /** bytes as a file would hold them */
  encode?: (text: string) => Uint8Array
  /** the script the parser should report */
  traditional?: boolean
}

export function variantBytes(variant: Variant, text: string): Uint8Array {
  const changed = variant.transform(text)
  return variant.encode ? variant.encode(changed) : new TextEncoder().encode(changed)
}

const HALF_WIDTH: Record<string, string> = {'，': ',', '；': ';', '：': ':', '（': '(', '）': ')'}

export const VARIANTS: Variant[] = [
  {name: 'traditional', transform: (s) => toTraditional(s), traditional: true},
  {name: 'no heading marks', transform: (s) => s.replace(/^[ ]{0,3}#{1,6}[ \t]+/gm, '')},
  {
    // One pass so a marker swapped one way is not swapped back.
    name: 'footnote markers swapped',
    transform: (s) =>
      s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+|<sup>(\d+)<\/sup>/g, (m, digits: string | undefined) =>
        digits === undefined
          ? `<sup>${[...m].map((c) => SUP_DIGITS.indexOf(c)).join('')}</sup>`
          : [...digits].map((c) => SUP_DIGITS[Number(c)]).join('')
      )
  },
  {name: 'half-width punctuation', transform: (s) => s.replace(/[，；：（）]/g, (c) => HALF_WIDTH[c] ?? c)},
  {name: 'spaces around numbers removed', transform: (s) => s.replace(/(\d) ([年月日号条款段卷])/g, '$1$2').replace(/([第年月]) (\d)/g, '$1$2')},
  {name: 'spaces around numbers added', transform: (s) => s.replace(/([第年月])(\d)/g, '$1 $2').replace(/(\d)([年月日号条款段卷])/g, '$1 $2')},
  {name: 'gb18030', transform: (s) => s, encode: (s) => iconv.encode(s, 'gb18030')},
  {name: 'crlf', transform: (s) => s.replace(/\n/g, '\r\n')},
  {name: 'utf-16 with bom', transform: (s) => s, encode: (s) => new Uint8Array(iconv.encode(s, 'utf16le', {addBOM: true}))}
]
