/**
 * Names of issuing bodies as an adopting-body line prints them: the UN
 * bodies of src/un/bodies.ts, the treaty bodies and boards that issue texts
 * but number no resolutions of their own, and the English formulas of
 * bitexts (`The Economic and Social Council,`).
 */
import {bodyAtStart} from '../un/bodies.js'

const ISSUERS: [string, string][] = [
  ['消除对妇女歧视委员会', 'CEDAW'],
  ['消除种族歧视委员会', 'CERD'],
  ['国际麻醉品管制局', 'E/INCB'],
  ['麻管局', 'E/INCB'],
  ['总务委员会', 'A/BUR'],
  ['执行情况审议组', 'CAC/COSP/IRG']
]

const ENGLISH: [RegExp, string][] = [
  [/^The General Assembly$/i, 'A'],
  [/^The Security Council$/i, 'S'],
  [/^The Economic and Social Council$/i, 'E'],
  [/^The Human Rights Council$/i, 'A/HRC'],
  [/^The Commission on Narcotic Drugs$/i, 'E/CN.7'],
  [/^The Commission on Crime Prevention and Criminal Justice$/i, 'E/CN.15'],
  [/^The Committee on the Elimination of Discrimination against Women$/i, 'CEDAW'],
  [/^The Committee on the Elimination of Racial Discrimination$/i, 'CERD'],
  [/^The Conference of the Parties to the United Nations Convention against Transnational Organized Crime$/i, 'CTOC/COP'],
  [/^The Conference of the States Parties to the United Nations Convention against Corruption$/i, 'CAC/COSP']
]

/** The body a whole Chinese name is (`安全理事会`, `联合国安理会`, `消除种族歧视委员会`), or undefined. */
export function issuerNamed(name: string): string | undefined {
  const compact = name.replace(/\s+/g, '').replace(/^联合国(?=安理会|安全理事会|大会|经济及社会理事会|人权理事会)/, '')
  for (const [n, prefix] of ISSUERS) if (compact === n) return prefix
  const known = bodyAtStart(compact)
  return known && known.name.length === compact.length ? known.prefix : undefined
}

/** The body a Chinese name at the start of `text` is, with the name's length. */
export function issuerAtStart(text: string): {prefix: string; length: number} | undefined {
  const lead = /^(?:联合国(?=安理会|安全理事会|大会))?/.exec(text)![0].length
  const rest = text.slice(lead)
  for (const [n, prefix] of ISSUERS) if (rest.startsWith(n)) return {prefix, length: lead + n.length}
  const known = bodyAtStart(rest)
  return known && rest.startsWith(known.name) ? {prefix: known.prefix, length: lead + known.name.length} : undefined
}

export function englishIssuer(name: string): string | undefined {
  const t = name.trim()
  return ENGLISH.find(([re]) => re.test(t))?.[1]
}


