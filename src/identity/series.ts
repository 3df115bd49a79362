/**
 * Symbol series → body prefix, deepest known prefix first: `A/HRC/27/L.1` is
 * the Human Rights Council's, `E/CN.7/2019/3` the Commission on Narcotic
 * Drugs', `CAC/COSP/IRG/2020/2` the Implementation Review Group's.
 */
const SERIES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^CAC\/COSP\/IRG\//, () => 'CAC/COSP/IRG'],
  [/^CAC\/COSP\//, () => 'CAC/COSP'],
  [/^CTOC\/COP\//, () => 'CTOC/COP'],
  [/^A\/HRC\//, () => 'A/HRC'],
  [/^A\/BUR\//, () => 'A/BUR'],
  [/^A\/AC\.(\d+)\//, (m) => `A/AC.${m[1]}`],
  [/^E\/CN\.(\d+)\//, (m) => `E/CN.${m[1]}`],
  [/^E\/INCB\//, () => 'E/INCB'],
  [/^CEDAW\//, () => 'CEDAW'],
  [/^CERD\//, () => 'CERD'],
  [/^A\//, () => 'A'],
  [/^E\//, () => 'E'],
  [/^S\//, () => 'S']
]

/** The body prefix of a symbol's series, or undefined for a series the table does not know. */
export function seriesOf(symbol: string): string | undefined {
  for (const [re, prefix] of SERIES) {
    const m = re.exec(symbol)
    if (m) return prefix(m)
  }
  return undefined
}

/**
 * Whose resolutions a bare number means in a text of `issuer`: a General
 * Assembly committee's or ad hoc committee's report numbers GA resolutions,
 * an Implementation Review Group's text numbers its Conference's decisions.
 */
export function numberingBodyOf(issuer: string): string {
  if (/^A\/(?:BUR|AC\.\d+|C\.\d)/.test(issuer)) return 'A'
  if (issuer === 'CAC/COSP/IRG') return 'CAC/COSP'
  return issuer
}
