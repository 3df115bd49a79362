/**
 * UN bodies: Chinese names → the body prefix of SPEC.md keys. Longest names
 * first so `联合国打击跨国有组织犯罪公约缔约方会议` wins over `缔约方会议`.
 */

export interface Body {
  prefix: string
  /** prefix of decision keys, when the body takes decisions */
  names: string[]
}

export const BODIES: Body[] = [
  {prefix: 'CTOC/COP', names: ['联合国打击跨国有组织犯罪公约缔约方会议', '联合国打击跨国组织犯罪公约缔约方会议', '打击跨国有组织犯罪公约缔约方会议', '缔约方会议']},
  {prefix: 'CAC/COSP', names: ['联合国反腐败公约缔约国会议', '反腐败公约缔约国会议']},
  {prefix: 'E/CN.15', names: ['预防犯罪和刑事司法委员会']},
  {prefix: 'E/CN.7', names: ['麻醉药品委员会']},
  {prefix: 'E/CN.6', names: ['妇女地位委员会']},
  {prefix: 'E/CN.4', names: ['人权委员会']},
  {prefix: 'A/HRC', names: ['人权理事会']},
  {prefix: 'S', names: ['安全理事会', '安理会']},
  {prefix: 'E', names: ['经济及社会理事会', '经济和社会理事会', '经社理事会']},
  {prefix: 'A', names: ['联合国大会', '大会']}
]

const BY_NAME: [string, string][] = BODIES.flatMap((b) => b.names.map((n): [string, string] => [n, b.prefix])).sort(
  (a, b) => b[0].length - a[0].length
)

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
