/**
 * UN bodies: Chinese names → the body prefix of SPEC.md keys. Longest names
 * first so `联合国打击跨国有组织犯罪公约缔约方会议` wins over `缔约方会议`.
 */

/**
 * Chinese names → body prefix, longest first. `大会` alone is the General
 * Assembly only where it is not part of another name (`缔约国大会`, a congress
 * `…司法大会`): the reference stage decides that in context, so the plain
 * word is kept apart as GENERAL_ASSEMBLY.
 */
export const BODY_NAMES: readonly [string, string][] = (
  [
    ['联合国打击跨国有组织犯罪公约缔约方会议', 'CTOC/COP'],
    ['联合国打击跨国组织犯罪公约缔约方会议', 'CTOC/COP'],
    ['打击跨国有组织犯罪公约缔约方会议', 'CTOC/COP'],
    ['联合国反腐败公约缔约国会议', 'CAC/COSP'],
    ['反腐败公约缔约国会议', 'CAC/COSP'],
    ['缔约国会议', 'CAC/COSP'],
    ['缔约国大会', 'CAC/COSP'],
    ['缔约方会议', 'CTOC/COP'],
    ['经济及社会理事会', 'E'],
    ['经济和社会理事会', 'E'],
    ['经社理事会', 'E'],
    ['安全理事会', 'S'],
    ['安理会', 'S'],
    ['预防犯罪和刑事司法委员会', 'E/CN.15'],
    ['预防犯罪委员会', 'E/CN.15'],
    ['麻醉药品委员会', 'E/CN.7'],
    ['人权理事会', 'A/HRC'],
    ['人权委员会', 'E/CN.4'],
    ['妇女地位委员会', 'E/CN.6'],
    ['消除对妇女歧视委员会', 'CEDAW'],
    ['消除种族歧视委员会', 'CERD'],
    ['禁止酷刑委员会', 'CAT'],
    ['儿童权利委员会', 'CRC'],
    ['人权事务委员会', 'CCPR'],
    ['联合国大会', 'A']
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length)

export const GENERAL_ASSEMBLY: [string, string] = ['大会', 'A']

/** English names of the bodies a bitext may print only in English (formulas, `… resolution 1992/54`), longest first. */
export const ENGLISH_BODY_NAMES: readonly [string, string][] = (
  [
    ['Committee on the Elimination of Discrimination against Women', 'CEDAW'],
    ['Committee on the Elimination of Racial Discrimination', 'CERD'],
    ['Committee against Torture', 'CAT'],
    ['Committee on the Rights of the Child', 'CRC'],
    ['Human Rights Committee', 'CCPR'],
    ['General Assembly', 'A'],
    ['Security Council', 'S'],
    ['Economic and Social Council', 'E'],
    ['Commission on Human Rights', 'E/CN.4'],
    ['Human Rights Council', 'A/HRC'],
    ['Commission on Narcotic Drugs', 'E/CN.7'],
    ['Commission on Crime Prevention and Criminal Justice', 'E/CN.15'],
    ['Commission on the Status of Women', 'E/CN.6']
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length)

/** The body an English name is, by its prefix. */
export function englishBody(text: string): string | undefined {
  for (const [name, prefix] of ENGLISH_BODY_NAMES) if (text.includes(name)) return prefix
  return undefined
}

const BY_NAME: readonly (readonly [string, string])[] = [...BODY_NAMES, GENERAL_ASSEMBLY]

/** The body named at the start of `text`, with the name's length. */
export function bodyAtStart(text: string): {prefix: string; name: string} | undefined {
  for (const [name, prefix] of BY_NAME) if (text.startsWith(name)) return {prefix, name}
  // A body line may name the body with a printing slip (`跨国组织` for `跨国有组织`)
  // or with a space (`联合国打击跨国有组织犯罪公约 缔约方会议`).
  const compact = text.replace(/\s+/g, '')
  for (const [name, prefix] of BY_NAME) if (compact.startsWith(name)) return {prefix, name}
  return undefined
}

/** The last body named anywhere in `text` (for mastheads such as `## 大会`). */
export function bodyIn(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '')
  for (const [name, prefix] of BY_NAME) if (compact.includes(name)) return prefix
  return undefined
}

/** SPEC key of an instrument: `<prefix>/RES/<number>` or `<prefix>/DEC/<number>`. */
export function instrumentKey(prefix: string, kind: 'resolution' | 'decision', number: string): string {
  return `${prefix}/${kind === 'resolution' ? 'RES' : 'DEC'}/${number}`
}
