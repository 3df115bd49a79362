/** Plain data in and out of the issuer resolver (see resolve.ts). */

/** One line of the document as the rules read it (Simplified, width-folded), with source offsets. */
export interface IdentityLine {
  text: string
  start: number
  end: number
}

export interface IdentityInput {
  lines: IdentityLine[]
  /** the masthead's body line, where the structure found one */
  mastheadBody: IdentityLine | null
  /** masthead fields and running headers that may hold the document's symbol */
  headerFields: IdentityLine[]
  /** the instruments whose text the document holds */
  instruments: {key: string; number: string; adoptedBy: string | null}[]
}

export type EvidenceKind =
  | 'symbol-series'
  | 'masthead-body'
  | 'adopting-body'
  | 'formula'
  | 'caption'
  | 'title-line'
  | 'instrument'
  | 'non-un'
  | 'named-most'

export interface Evidence {
  kind: EvidenceKind
  /** the body prefix this evidence speaks for (`?` for a text that is no UN text) */
  prefix: string
  text: string
  /** offsets into the decoded input; null where the evidence has no one place (an instrument's adopting body) */
  start: number | null
  end: number | null
}

export interface Identity {
  /** SPEC body prefix of the body whose text this is, `?` when none can be known */
  issuer: string
  /** whose resolutions a bare number (`53/111`) means in this text */
  numberingBody: string
  /** the document's own symbol, where it prints one */
  symbol: string | null
  evidence: Evidence[]
  /** what names the text itself: its symbol, its instruments' keys, its title's number */
  selfKeys: string[]
}
