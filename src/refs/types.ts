/** Public types of the citation extractor (see test/fixtures/SPEC.md, "Reference"). */

export type RefKind =
  | 'resolution'
  | 'decision'
  | 'article'
  | 'chapter'
  | 'symbol'
  | 'treaty-series'
  | 'sales-number'
  | 'sdg'
  | 'paragraph'

export interface TextUnit {
  /** paragraph id, opaque */
  id: string
  /** clean text: Simplified script, markup, footnote markers and paragraph label removed */
  text: string
  /** set when this unit is the text of footnote definition N */
  footnote?: string
  /** a table cell or row */
  inTable?: boolean
}

/** `issuer`: body prefix of the text being read, e.g. `CTOC/COP` or `A`. */
export interface RefContext {
  issuer: string
}

export interface FoundRef {
  unitId: string
  kind: RefKind
  key: string
  surface: string
  /** UTF-16 offsets of `surface` in unit.text */
  start: number
  end: number
  /** ISO yyyy-mm-dd, only where the text dates that referent */
  date?: string
  hard?: boolean
  /** `en` for a reference read on the English side of a bitext */
  lang?: 'en'
  /** id of the rule that found it */
  rule: string
}

/** A reference before it is tied to its unit (offsets are in the unit's text). */
export type Hit = Omit<FoundRef, 'unitId' | 'surface'>
