/**
 * Script detection and a length-preserving analysis copy of the text.
 * Rules read the analysis copy; offsets stay valid in the original because
 * every fold here maps one UTF-16 unit to one UTF-16 unit.
 */
import * as OpenCC from 'opencc-js'

export type Script = 'simplified' | 'traditional'

let t2s: ((s: string) => string) | undefined
/** Per code point conversions, cached for the fallback path. */
const charCache = new Map<string, string>()

function traditionalToSimplified(): (s: string) => string {
  t2s ??= OpenCC.Converter({from: 't', to: 'cn'}) as (s: string) => string
  return t2s
}

/**
 * Traditional → Simplified (OpenCC t → cn), keeping the UTF-16 length.
 * OpenCC maps code point for code point, but a few hundred entries turn a BMP
 * character into an astral one or back; when the whole-string conversion
 * changes the length, the text is converted code point by code point and a
 * character whose mapping changes the length is kept as it is.
 */
export function toSimplified(s: string): string {
  if (s === '') return s
  const convert = traditionalToSimplified()
  const out = convert(s)
  if (out.length === s.length) return out
  let result = ''
  for (const ch of s) {
    let c = charCache.get(ch)
    if (c === undefined) {
      c = convert(ch)
      if (c.length !== ch.length) c = ch
      charCache.set(ch, c)
    }
    result += c
  }
  return result
}

const HAN = /\p{Script=Han}/u

/** Detection reads a sample: converting a whole archive would be wasted work. */
const SAMPLE = 20_000

/**
 * Share of Han characters that T → S conversion changes (0 when there are
 * none). Simplified text scores near 0 (rare variants such as 藉 → 借);
 * Traditional text scores well above 0.1.
 */
export function traditionalShare(text: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  const simplified = toSimplified(sample)
  let han = 0
  let changed = 0
  for (let i = 0; i < sample.length; i++) {
    const ch = sample[i]
    if (!HAN.test(ch)) continue
    han++
    if (simplified[i] !== ch) changed++
  }
  return han === 0 ? 0 : changed / han
}

/** A text is Traditional when more than 2% of its Han characters change under T → S. */
export function detectScript(text: string): Script {
  return traditionalShare(text) > 0.02 ? 'traditional' : 'simplified'
}

/**
 * Width and space folding: full-width digits, Latin letters, `．／－［］` become
 * ASCII; NBSP and ideographic spaces become plain spaces. CJK punctuation
 * (，；：（）) stays: it is the norm in Chinese and rules accept both forms.
 */
export function foldWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e\uff0f\uff0d\uff3b\uff3d\u00a0\u3000\u2002-\u200a]/g, (ch) => {
    const code = ch.charCodeAt(0)
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0)
    return ' '
  })
}

export interface AnalysisText {
  /** the decoded input, untouched */
  original: string
  /** same length as `original`: Simplified, width-folded, CR as LF */
  analysis: string
  script: Script
}

export function analysisCopy(original: string): AnalysisText {
  const script = detectScript(original)
  const simplified = script === 'traditional' ? toSimplified(original) : original
  // Lone CR and CRLF: the CR becomes LF or a space so lines split the same way.
  const analysis = foldWidth(simplified).replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n'))
  return {original, analysis, script}
}

/** The analysis form of a piece of text already taken from a document (same length). */
export function analysisForm(text: string, script: Script): string {
  return foldWidth(script === 'traditional' ? toSimplified(text) : text)
}
