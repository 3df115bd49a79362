/** `npm run fuzz -- --cases N [--seed S] [--from K]`: runs the fuzzer, prints its figures and findings; exit 1 on any finding. */
import {parseArgs} from 'node:util'
import {fuzz} from './fuzz.js'

const {values} = parseArgs({options: {cases: {type: 'string'}, seed: {type: 'string'}, from: {type: 'string'}}})
const number = (name: string, value: string | undefined, fallback: number): number => {
  const n = Number(value ?? fallback)
  if (!Number.isSafeInteger(n) || n < 0) {
    process.stderr.write(`reskb fuzz: --${name} must be a whole number (got '${value}')\n`)
    process.exit(2)
  }
  return n
}
const cases = number('cases', values.cases, 1000)
const seed = number('seed', values.seed, 1)
const report = fuzz({cases, seed, from: number('from', values.from, 0)})
const counts = new Map<string, number>()
for (const f of report.findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1)
process.stdout.write(
  `${report.cases} cases (seed ${seed}), ${(report.bytes / 1e6).toFixed(1)} MB, ${report.refused} refused with a reason, ` +
    `${report.seconds.toFixed(1)} s, slowest ${Math.round(report.slowestMs)} ms; findings: ` +
    `${['crash', 'hang', 'lost', 'lost-marker', 'nondeterminism', 'offsets'].map((k) => `${counts.get(k) ?? 0} ${k}`).join(', ')}\n`
)
for (const f of report.findings.slice(0, 50)) process.stdout.write(`  case ${f.caseNo}: ${f.kind}: ${f.detail}\n`)
process.exitCode = report.findings.length > 0 ? 1 : 0
