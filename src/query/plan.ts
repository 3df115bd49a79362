/**
 * Query planning: the distinct term lookups ("slots") of a query and, per
 * piece, the slots that must all be present for the piece to occur verbatim.
 */
import {foldText} from './normalize.js'
import {piecePattern, queryPieces, type Piece} from './pattern.js'
import {hanGrams, tokenize} from './tokenize.js'

/** Distinct query terms looked up; the rest of a very long query is ignored. */
export const MAX_QUERY_TERMS = 256

/** Slot key of a lone Han character (gathered from its bigrams). */
export const CHAR_SLOT = '\u0000'

export interface PlannedPiece {
  piece: Piece
  pattern: RegExp
  /** slots that every verbatim occurrence implies */
  required: number[]
  /** presence of the required slots already proves the verbatim occurrence */
  trivial: boolean
}

export interface Plan {
  /** distinct lookups: a term, or CHAR_SLOT + a lone Han character */
  slots: string[]
  pieces: PlannedPiece[]
}

export function planQuery(query: string): Plan {
  const slots: string[] = []
  const slotOf = new Map<string, number>()
  const slot = (key: string): number => {
    let s = slotOf.get(key)
    if (s === undefined) {
      s = slots.length
      slots.push(key)
      slotOf.set(key, s)
    }
    return s
  }
  const pieces: PlannedPiece[] = []
  for (const piece of queryPieces(foldText(query))) {
    const {units} = piece
    if (units.length === 1 && !units[0].latin) {
      pieces.push({piece, pattern: piecePattern(piece), required: [slot(CHAR_SLOT + units[0].text)], trivial: true})
      continue
    }
    // Scored: every term of the piece (bigrams, words, Latin whole and parts).
    for (const term of tokenize(piece.text, 'query')) if (slots.length < MAX_QUERY_TERMS) slot(term)
    // Required: context-free terms only. Segmenter words depend on the
    // surrounding text; a lone Han character at an edge of the piece may
    // continue a longer run in the paragraph (its unigram is then absent).
    const required = new Set<number>()
    for (let i = 0; i < units.length; ) {
      if (units[i].latin) {
        required.add(slot(units[i].text))
        i++
        continue
      }
      let j = i
      let run = ''
      while (j < units.length && !units[j].latin) run += units[j++].text
      const internal = i > 0 && j < units.length
      if (j - i > 1 || internal) for (const g of hanGrams(run)) required.add(slot(g))
      i = j
    }
    const trivial = units.length === 1 || (units.length === 2 && !units[0].latin && !units[1].latin)
    pieces.push({piece, pattern: piecePattern(piece), required: [...required], trivial})
  }
  return {slots, pieces}
}
