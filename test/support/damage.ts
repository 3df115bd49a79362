/**
 * Layout damage: the corpus texts as PDF-to-text conversion and web scrapes
 * leave them. Each generator is `(text, seed) => string`, pure and
 * deterministic (seeded, never `Math.random`), and keeps every non-space
 * character of its input but the markup it deliberately changes; furniture it
 * inserts is known from `planPageBreaks`. `DAMAGE_KINDS` lists what the
 * layout-damage report and tests run.
 */
import {hardWrap} from './damage/hard-wrap.js'
import {furnitureLines, pageFurniture, pageFurnitureLonePageNumbers, planPageBreaks} from './damage/page-furniture.js'
import {flattenPages, lostSuperscripts, noBlankLines, plainDigits, withoutBlockMarks} from './damage/markup.js'

export {hardWrap, wrapLine} from './damage/hard-wrap.js'
export {documentSymbol, furnitureLines, pageFurniture, pageFurnitureLonePageNumbers, pageFurnitureWith, planPageBreaks} from './damage/page-furniture.js'
export {flattenPages, lostSuperscripts, noBlankLines} from './damage/markup.js'
export {seeded} from './damage/seeded.js'

export type Damage = (text: string, seed: number) => string

/** PDF damage in one: hard-wrapped at `width`, furniture at the page breaks, then no blank lines. */
export function combinedWith(width: number): Damage {
  const wrap = hardWrap(width)
  return (text, seed) => noBlankLines(pageFurniture(wrap(text, seed), seed), seed)
}

/** `combinedWith(37)`: hardWrap(37) + pageFurniture + noBlankLines. */
export const combined: Damage = combinedWith(37)

export interface DamageKind {
  name: string
  damage: Damage
  /** the furniture lines the damage adds to a text (none if it adds nothing) */
  inserted?: (text: string, seed: number) => string[]
  /** folds the markup the damage deliberately changes, applied alike to input and output to compare them */
  fold?: (text: string) => string
}

const lostSuperscriptsFold = (s: string) => plainDigits(s.replace(/<\/?sup>/g, ''))
const blockMarksFold = (s: string) => s.split('\n').map(withoutBlockMarks).join('\n')

export const DAMAGE_KINDS: DamageKind[] = [
  ...[20, 37, 80].map((width) => ({name: `hard-wrap ${width}`, damage: hardWrap(width)})),
  {name: 'page furniture', damage: pageFurniture, inserted: (text, seed) => furnitureLines(planPageBreaks(text, seed))},
  {
    name: 'page furniture, lone page numbers',
    damage: pageFurnitureLonePageNumbers,
    inserted: (text, seed) => furnitureLines(planPageBreaks(text, seed, {pageNumbers: 'lone'}))
  },
  {name: 'no blank lines', damage: noBlankLines},
  {name: 'lost superscripts', damage: lostSuperscripts, fold: lostSuperscriptsFold},
  {name: 'flattened pages', damage: flattenPages, fold: blockMarksFold},
  ...[37, 20, 80].map((width) => ({
    name: width === 37 ? 'combined (wrap 37 + furniture + no blank lines)' : `combined at wrap ${width}`,
    damage: combinedWith(width),
    inserted: (text: string, seed: number) => furnitureLines(planPageBreaks(hardWrap(width)(text, seed), seed))
  }))
]
