/**
 * Instrument codes for article and chapter keys (SPEC "Instrument codes"):
 * an alias table that also absorbs printing variants (`跨国组织` for
 * `跨国有组织`, a dropped or swapped character) by edit distance, keyword
 * rules for the three UNTOC protocols, and the generic short titles `《公约》`,
 * `《议定书》`, `《宪章》`, which mean whichever convention or protocol the text
 * is about at that point.
 */
// Deep import: natural's index loads database clients and writes to stdout.
import distance from 'natural/lib/natural/distance/index.js'

const ALIASES: [string, string][] = [
  ['联合国打击跨国有组织犯罪公约', 'UNTOC'],
  ['打击跨国有组织犯罪公约', 'UNTOC'],
  ['联合国打击有组织犯罪公约', 'UNTOC'],
  ['有组织犯罪公约', 'UNTOC'],
  ['打击有组织犯罪公约', 'UNTOC'],
  ['联合国反腐败公约', 'UNCAC'],
  ['反腐败公约', 'UNCAC'],
  ['贩运人口问题议定书', 'TIP'],
  ['禁止贩运人口议定书', 'TIP'],
  ['人口贩运议定书', 'TIP'],
  ['预防、禁止和惩治贩运人口特别是妇女和儿童行为议定书', 'TIP'],
  ['偷运移民问题议定书', 'SOM'],
  ['打击偷运移民议定书', 'SOM'],
  ['关于打击陆、海、空偷运移民的补充议定书', 'SOM'],
  ['打击陆、海、空偷运移民议定书', 'SOM'],
  ['枪支议定书', 'FP'],
  ['火器议定书', 'FP'],
  ['打击非法制造和贩运枪支及其零部件和弹药议定书', 'FP'],
  ['联合国宪章', 'CHARTER'],
  ['宪章', 'CHARTER']
]

const EXACT = new Map(ALIASES)
const CONVENTIONS = new Set(['UNTOC', 'UNCAC'])
const PROTOCOLS = new Set(['TIP', 'SOM', 'FP'])
/** Which convention each protocol supplements. */
export const PARENT: Record<string, string> = {TIP: 'UNTOC', SOM: 'UNTOC', FP: 'UNTOC'}
export const UNTOC_PROTOCOLS = ['TIP', 'SOM', 'FP']

/** What a title says about the text's current instrument. */
export interface TitleInfo {
  /** instrument code, or null for an instrument this table does not know */
  code: string | null
  /** a generic short title (`《公约》`) resolved from context */
  generic: boolean
}

export interface InstrumentState {
  /** the convention last named in the paragraph being read */
  convention?: string
  /** the protocol last named (a report's section follows one protocol) */
  protocol?: string
  /** how often each convention has been named in the paragraphs read before */
  named?: Record<string, number>
  /** the instrument named last (for an article cited with no name in its paragraph) */
  last?: string
}

/** Start a paragraph: its own names count from here; earlier ones join the tally. */
export function enterParagraph(state: InstrumentState): void {
  state.convention = undefined
}

/**
 * The convention a bare `《公约》` means: the one named last in the same
 * paragraph, else the one the text has named most (a passing mention of
 * another convention does not change what the text is about), else the
 * default for the issuer.
 */
function currentConvention(state: InstrumentState, fallback: string): string {
  if (state.convention) return state.convention
  let best = fallback
  let n = state.named?.[fallback] ?? 0
  for (const [code, k] of Object.entries(state.named ?? {})) if (k > n) [best, n] = [code, k]
  return best
}

function noteConvention(state: InstrumentState, code: string): void {
  state.convention = code
  state.named = state.named ?? {}
  state.named[code] = (state.named[code] ?? 0) + 1
}

const CACHE = new Map<string, string | null>()

function norm(title: string): string {
  return title.replace(/[\s《》]/g, '').replace(/,/g, '、')
}

/** Titles that can have articles; other titles (reports, agendas, guides) are ignored. */
export function isInstrumentTitle(title: string): boolean {
  return /(?:公约|议定书|宪章|条约|协定|盟约|规约|章程|规则|宣言|议事规则)$/.test(norm(title))
}

function protocolByKeyword(t: string): string | null {
  if (!t.endsWith('议定书')) return null
  if (/贩运人口|人口贩运|贩卖人口/.test(t)) return 'TIP'
  if (/偷运移民|偷运移徙者/.test(t)) return 'SOM'
  if (/枪支|火器/.test(t)) return 'FP'
  return null
}

function fuzzy(t: string): string | null {
  let best: string | null = null
  let bestD = Infinity
  for (const [alias, code] of ALIASES) {
    if (Math.abs(alias.length - t.length) > 2) continue
    const d = distance.DamerauLevenshteinDistance(t, alias)
    if (d < bestD) {
      bestD = d
      best = code
    }
  }
  return best !== null && bestD <= Math.max(1, Math.floor(t.length / 8)) && t.length >= 5 ? best : null
}

/** Resolve one title in the state the text is in; the state follows named instruments. */
export function resolveTitle(title: string, state: InstrumentState, defaultConvention: string): TitleInfo {
  const t = norm(title)
  if (t === '公约') return {code: currentConvention(state, defaultConvention), generic: true}
  if (t === '议定书') return {code: state.protocol ?? null, generic: true}
  let code = CACHE.get(t)
  if (code === undefined) {
    code = EXACT.get(t) ?? protocolByKeyword(t) ?? fuzzy(t)
    if (CACHE.size > 5000) CACHE.clear()
    CACHE.set(t, code)
  }
  if (code) {
    if (CONVENTIONS.has(code)) noteConvention(state, code)
    if (PROTOCOLS.has(code)) {
      // a protocol mentioned in passing points the paragraph at its convention, but does not
      // outweigh the convention the issuer serves in the text as a whole
      state.protocol = code
      state.convention = PARENT[code]
    }
  }
  return {code, generic: false}
}
