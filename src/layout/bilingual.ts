/**
 * Bilingual lines: an aligned bitext may print the English and the Chinese
 * of a paragraph on one line (`The Economic and Social Council,经济及社会理事会,`),
 * or alternate English and Chinese lines. Each line is cut into runs by
 * script and every block is tagged with its language, so that structure
 * reads the Chinese and nothing of the English is lost.
 */
import type {Line} from '../parse/lines.js'
import {splitLineAt} from './slice.js'

const HAN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u
const LATIN = /[A-Za-z]/
/** An English word: Latin letters with at least one lower-case letter (`Council`, `of`; not `CTOC`). */
const WORD = /^[A-Za-z]*[a-z][A-Za-z]*$/
/** A stretch needs this many words to be English prose rather than a name or a symbol in Chinese text. */
const MIN_WORDS = 3
/** What stands before Chinese text and belongs to it: a label or a symbol (`1. 建议`, `E/RES/2003/41 努力`). */
const CHINESE_LEAD = /(\d{1,3}\s*[.．]\s*|[(（][a-z]{1,2}[)）]\s*|[A-Z]{1,6}(?:\/[A-Za-z0-9.\-]+)+\s*)$/

interface Stretch {
  /** first character of the English run */
  from: number
  /** after its last character */
  to: number
}

/** English runs of a line that also holds Chinese: [from, to) in the clean text. */
export function englishStretches(text: string): Stretch[] {
  const out: Stretch[] = []
  let i = 0
  while (i < text.length) {
    if (!LATIN.test(text[i])) {
      i++
      continue
    }
    // A run of words and the spaces, digits and ASCII punctuation between them, up to the next Chinese character.
    let j = i
    let words = 0
    let lastWordEnd = i
    while (j < text.length && !HAN.test(text[j])) {
      if (LATIN.test(text[j])) {
        let k = j
        while (k < text.length && /[A-Za-z'’\-]/.test(text[k])) k++
        if (WORD.test(text.slice(j, k).replace(/['’\-]/g, ''))) (words++, (lastWordEnd = k))
        j = k
      } else {
        j++
      }
    }
    if (words >= MIN_WORDS) {
      const tail = text.slice(lastWordEnd, j)
      const lead = j < text.length ? CHINESE_LEAD.exec(tail) : null
      let to = lead ? lastWordEnd + (lead.index ?? 0) : j
      // A symbol glued to the last word (`…useE/RES/2003/41 努力`) starts at its capitals.
      if (lead && /^[A-Z]/.test(lead[0])) while (to > i && /[A-Z/]/.test(text[to - 1])) to--
      out.push({from: startOf(text, i), to})
    }
    i = j
  }
  return out
}

/** Where an English run begins: after the last Chinese character before its first word, so its label goes with it. */
function startOf(text: string, firstLetter: number): number {
  let k = firstLetter
  while (k > 0 && !HAN.test(text[k - 1])) k--
  if (k === 0) return 0
  // The punctuation closing the Chinese before it stays with the Chinese.
  while (k < firstLetter && /[\s,.;:!?)\]]/.test(text[k])) k++
  return k
}

/** The language of a block: English when it holds an English run and no Chinese. */
export function languageOf(text: string): 'zh' | 'en' {
  if (HAN.test(text)) return 'zh'
  // A line with no Chinese at all needs fewer words to be English (`Tenth session (1991)`).
  let words = 0
  for (const w of text.split(/[^A-Za-z'’\-]+/)) if (WORD.test(w.replace(/['’\-]/g, ''))) words++
  return words >= 2 ? 'en' : 'zh'
}

/** Every line cut at its script boundaries; each block tagged `zh` or `en`. */
export function splitBilingual(lines: Line[]): Line[] {
  const out: Line[] = []
  for (const line of lines) {
    if (!LATIN.test(line.norm)) {
      out.push(line)
      continue
    }
    if (!HAN.test(line.norm)) {
      out.push({...line, lang: languageOf(line.norm)})
      continue
    }
    // Only a run that opens or closes the line: an English title quoted inside a Chinese sentence stays in it.
    const end = line.norm.trimEnd().length
    const stretches = englishStretches(line.norm).filter((s) => s.from === 0 || s.to >= end)
    const cuts = stretches.flatMap((s) => [s.from, s.to])
    for (const block of splitLineAt(line, cuts)) out.push({...block, lang: languageOf(block.norm)})
  }
  return out
}
