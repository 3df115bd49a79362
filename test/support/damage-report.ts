/**
 * The layout-damage report: one row per damage kind, the corpus files added
 * up (and the seeds, when given several). Run:
 * `npx tsx test/support/damage-report.ts [--seeds 1,2,3] [--misses]`
 * (seed 1 by default; `--misses` lists what failed, row by row).
 */
import {DEFAULT_SEED, scoreDamageKinds} from './damage-run.js'
import type {Tally} from './damage-score.js'

const args = process.argv.slice(2)
const seedsAt = args.indexOf('--seeds')
const seeds = seedsAt >= 0 ? (args[seedsAt + 1] ?? '').split(',').map(Number) : [DEFAULT_SEED]
if (!seeds.length || !seeds.every(Number.isInteger)) throw new Error('--seeds takes integers separated by commas: --seeds 1,2,3')
const showMisses = args.includes('--misses')

const cell = (t: Tally) => `${t.ok}/${t.total}`
const rows = scoreDamageKinds(seeds).map(({kind, total, files}) => {
  const extra = total.extraInstruments.length ? ` (+${total.extraInstruments.length} extra)` : ''
  const errors = files.filter((f) => f.error).map((f) => `${f.file}: ${f.error}`)
  return {
    cells: [kind, cell(total.instruments) + extra, cell(total.preambles), cell(total.operative), cell(total.footnotes), cell(total.items)],
    misses: [...errors, ...files.flatMap((f) => f.misses.map((m) => `${seeds.length > 1 ? `seed ${f.seed} ` : ''}${f.file.slice(0, 3)} ${m}`))]
  }
})
const header = ['damage kind', 'instruments', 'preamble counts', 'operative', 'footnotes', 'items']
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r.cells[c].length)))
const line = (cells: string[]) => `| ${cells.map((s, c) => s.padEnd(widths[c])).join(' | ')} |`
console.log(`seed${seeds.length > 1 ? 's' : ''} ${seeds.join(',')}`)
console.log(line(header))
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
for (const r of rows) console.log(line(r.cells))
if (showMisses) {
  for (const r of rows) {
    if (!r.misses.length) continue
    console.log(`\n${r.cells[0]}:`)
    for (const m of r.misses) console.log(`  ${m}`)
  }
}
