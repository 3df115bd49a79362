/**
 * Index terms for Chinese text. Input is already folded (see normalize.ts).
 *
 * Terms, in one namespace that cannot collide:
 * - character bigrams of every Han run (a run of one character: that character);
 * - Intl.Segmenter words of three or more characters containing Han (two-character
 *   words are bigrams already, one-character words would index every particle);
 * - Latin/number tokens: a compound such as `a/69/489` or `ctoc/cop/res/9/1` whole,
 *   its parts, and (in documents) its contiguous sub-sequences, so that a query
 *   `9/1` finds `ctoc/cop/res/9/1`.
 */

export const HAN_RUN = /[\p{Script=Han}]+/gu
const HAN_CHAR = /\p{Script=Han}/u
/** Lower-case Latin letters and digits after folding. */
export const ALNUM = 'a-z0-9\\u00df-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f'
/** A Latin/number token: alphanumeric parts joined by `.`, `/`, `-` or `:`. */
export const LATIN_TOKEN = new RegExp(`[${ALNUM}]+(?:[./:\\-][${ALNUM}]+)*`, 'gu')

/** Longest string handed to one Intl.Segmenter call (it is superlinear in length). */
export const SEGMENT_CHUNK = 2000
/** Compounds with more parts than this only index whole, parts and pairs. */
const MAX_SUBSEQ_PARTS = 10

let segmenter: Intl.Segmenter | undefined

/** Split at punctuation or space so that no chunk exceeds `max` UTF-16 units. */
export function chunks(s: string, max = SEGMENT_CHUNK): string[] {
  if (s.length <= max) return [s]
  const out: string[] = []
  let start = 0
  while (s.length - start > max) {
    let cut = -1
    for (let i = start + max; i > start + max / 2; i--) {
      if (/[\s\p{P}]/u.test(s[i - 1])) {
        cut = i
        break
      }
    }
    if (cut < 0) {
      cut = start + max
      // never split a surrogate pair
      const c = s.charCodeAt(cut)
      if (c >= 0xdc00 && c <= 0xdfff) cut--
    }
    out.push(s.slice(start, cut))
    start = cut
  }
  out.push(s.slice(start))
  return out
}

/** Word-like segments containing Han, from Intl.Segmenter('zh'), chunked. */
export function segmentWords(s: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', {granularity: 'word'})
  const words: string[] = []
  for (const chunk of chunks(s)) {
    for (const seg of segmenter.segment(chunk)) {
      if (seg.isWordLike && HAN_CHAR.test(seg.segment)) words.push(seg.segment)
    }
  }
  return words
}

/**
 * Characters a segment containing Han can be made of: Han, kana (the CJ
 * dictionary mixes them), the prolonged sound mark, and the marks and format
 * characters that attach to a preceding character. Every Han word lies in a
 * run of these; a run shorter than three UTF-16 units holds no long word.
 */
const WORD_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\p{M}\p{Cf}]{3,}/gu

/**
 * The segmenter words of three or more code points containing Han, in text
 * order: `segmentWords(s)` filtered to that length, found without visiting
 * every segment. Each Intl.Segmenter step costs about a microsecond whatever
 * it returns, and nine segments in ten are one or two characters. A word of
 * three or more UTF-16 units starting at or after boundary `b` covers `b + 2`,
 * so asking for the segment containing `b + 2` (then 2 past its end, and so
 * on) meets every long word and skips the rest; only runs that can hold one
 * (WORD_RUN) are probed. Same chunks as segmentWords, so the same words.
 */
export function longWords(s: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', {granularity: 'word'})
  const words: string[] = []
  WORD_RUN.lastIndex = 0
  if (!WORD_RUN.test(s)) return words
  for (const chunk of chunks(s)) {
    let segments: Intl.Segments | undefined
    WORD_RUN.lastIndex = 0
    for (let m = WORD_RUN.exec(chunk); m; m = WORD_RUN.exec(chunk)) {
      segments ??= segmenter.segment(chunk)
      const end = m.index + m[0].length
      for (let i = m.index + 2; i < end; ) {
        const seg = segments.containing(i)!
        const word = seg.segment
        if (word.length >= 3 && seg.isWordLike && HAN_CHAR.test(word) && codePointsAtLeast(word, 3)) words.push(word)
        i = seg.index + word.length + 2
      }
    }
  }
  return words
}

function codePointsAtLeast(s: string, n: number): boolean {
  if (s.length >= 2 * n) return true
  let count = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0xdc00 || c > 0xdfff) count++
  }
  return count >= n
}

/** Bigrams of one Han run, by code point; a one-character run yields itself. */
export function hanGrams(run: string): string[] {
  const cps = Array.from(run)
  if (cps.length === 1) return cps
  const out: string[] = []
  for (let i = 0; i + 1 < cps.length; i++) out.push(cps[i] + cps[i + 1])
  return out
}

/**
 * Terms of one Latin/number token. `whole` + `parts` always; with `subsequences`
 * every contiguous run of parts with its original separators.
 */
export function latinTerms(token: string, subsequences: boolean): string[] {
  const parts: {start: number; end: number}[] = []
  const re = new RegExp(`[${ALNUM}]+`, 'gu')
  for (let m = re.exec(token); m; m = re.exec(token)) parts.push({start: m.index, end: m.index + m[0].length})
  const out = [token]
  if (parts.length === 1) return out
  const n = parts.length
  const maxLen = subsequences ? (n <= MAX_SUBSEQ_PARTS ? n - 1 : 2) : 1
  for (let len = 1; len <= maxLen; len++) {
    for (let i = 0; i + len <= n; i++) out.push(token.slice(parts[i].start, parts[i + len - 1].end))
  }
  return out
}

export type TokenizeMode = 'index' | 'query'

/**
 * Terms of a folded text, with repetitions (term frequency counts them).
 * `index` adds the sub-sequences of Latin compounds; `query` keeps whole + parts.
 */
export function tokenize(folded: string, mode: TokenizeMode = 'index'): string[] {
  const terms: string[] = []
  for (const m of folded.matchAll(HAN_RUN)) for (const g of hanGrams(m[0])) terms.push(g)
  for (const w of longWords(folded)) terms.push(w)
  for (const m of folded.matchAll(LATIN_TOKEN)) for (const t of latinTerms(m[0], mode === 'index')) terms.push(t)
  return terms
}
