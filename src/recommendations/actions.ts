/**
 * Lead phrases of preambular and operative paragraphs → a normalised action:
 * the longest `SCOPE AGAIN MANNER VERB` phrase at the start of a paragraph,
 * the verbs from the one table in un/lead-verbs.ts.
 */
import {ACTIONS, LEAD_VERBS, type Action} from '../un/lead-verbs.js'

export {ACTIONS, LEAD_VERBS, type Action}

/**
 * Repetition and scope markers that may precede the verb (`又请`, `还回顾`,
 * `再次谴责`, `就此还回顾`). Not actions themselves.
 */
const SCOPE = ['', '就此', '在这方面', '为此', '同时']
const AGAIN = ['', '再次', '又', '还', '并', '再', '也', '亦', '另']
/** Manner adverbs between the marker and the verb (`强烈鼓励`, `赞赏地注意到`, `酌情邀请`). */
const MANNER = [
  '',
  '强烈',
  '酌情',
  '进一步',
  '郑重',
  '坚决',
  '紧急',
  '赞赏地',
  '满意地',
  '欣慰地',
  '遗憾地',
  '关切地',
  '严重关切地',
  '深为关切地',
  '表示关切地',
  '表示严重关切地',
  '表示深为关切地'
]

const VERBS = Object.keys(LEAD_VERBS).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))

export interface Lead {
  /** the lead verb phrase as printed, with its prefixes and adverbs (`又请`, `赞赏地注意到`) */
  phrase: string
  action: Action
  /** index of `phrase` in the text (0 unless markup, spaces or a leading adverbial came first) */
  start: number
}

/** Longest `SCOPE AGAIN MANNER VERB` phrase starting at `at`, separators (`，`) after SCOPE allowed. */
function matchAt(text: string, at: number): {phrase: string; action: Action} | undefined {
  let best: {phrase: string; action: Action} | undefined
  for (const scope of SCOPE) {
    if (!text.startsWith(scope, at)) continue
    let p0 = at + scope.length
    if (scope && /[，,]/.test(text[p0] ?? '')) p0++
    for (const again of AGAIN) {
      if (!text.startsWith(again, p0)) continue
      const p1 = p0 + again.length
      for (const manner of MANNER) {
        if (!text.startsWith(manner, p1)) continue
        const p2 = p1 + manner.length
        for (const verb of VERBS) {
          if (!text.startsWith(verb, p2)) continue
          const phrase = text.slice(at, p2 + verb.length)
          if (!best || phrase.length > best.phrase.length) best = {phrase, action: LEAD_VERBS[verb]}
          break // VERBS is longest first
        }
      }
    }
  }
  return best
}

/** Skip spaces and leftover `**` at the start. */
function skipNoise(text: string, at: number): number {
  while (at < text.length && /[\s*]/.test(text[at])) at++
  return at
}

function lead(text: string): Lead {
  const at = skipNoise(text, 0)
  const m = matchAt(text, at)
  if (m) return {...m, start: at}
  // A leading adverbial before the verb: `以本决议的规定为准，通过…`.
  const comma = text.slice(at, at + 40).search(/[，,]/)
  if (comma > 0) {
    const after = skipNoise(text, at + comma + 1)
    const m2 = matchAt(text, after)
    if (m2) return {...m2, start: after}
  }
  return {phrase: '', action: 'other', start: at}
}

/**
 * Lead verb phrase of an operative paragraph (label and `**` already removed
 * by the caller) and its action: `又请秘书处…` → `{phrase: '又请', action: 'requests'}`.
 * A lead verb outside the table gives `{phrase: '', action: 'other'}`.
 */
export function operativeAction(text: string): Lead {
  return lead(text)
}

/**
 * Lead phrase of a preambular paragraph: `还回顾…` → recalls,
 * `赞赏地注意到…` → notes, `表示深为关切地注意到…` → notes, `深为关切的是…` → concern.
 */
export function preambleLead(text: string): Lead {
  return lead(text)
}
