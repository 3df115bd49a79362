/**
 * The query commands on a knowledge base of the corpus, as a user checks
 * them: filters in any case and repeated, tables within the terminal, CSV in
 * the csvkit manner and safe for spreadsheets, and `show` by number.
 */
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {corpusKnowledgeBase, reskb, shell} from '../../test/support/cli.js'
import {FORMULA_INJECTION_INPUT as HOSTILE, readCsv} from '../../test/support/csv.js'
import {loadKnowledgeBase} from '../kb/load.js'
import {recommendationRows} from '../kb/recommendations-export.js'
import type {KnowledgeBase} from '../kb/schema.js'
import {displayWidth} from './text.js'

let kbPath: string
let kb: KnowledgeBase
const q = (args: string[], env?: Record<string, string>) => reskb([...args, '--kb', kbPath], {env})
const jsonl = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>)

beforeAll(() => {
  kbPath = corpusKnowledgeBase()
  kb = loadKnowledgeBase(kbPath)
})

describe('filters', () => {
  it('match in any case, and a repeated filter matches any of its values', () => {
    const keys = (args: string[]) => jsonl(q(['refs', ...args, '--format', 'jsonl']).stdout).map((r) => r.key as string)
    const art32 = keys(['--to', 'UNTOC/art32'])
    const res = keys(['--to', 'A/RES/70/1'])
    expect(art32.length).toBeGreaterThan(0)
    expect(res.length).toBeGreaterThan(0)
    expect(keys(['--to', 'untoc/ART32'])).toEqual(art32)
    expect(keys(['--to', 'untoc/art32', '--to', 'a/res/70/1']).sort()).toEqual([...art32, ...res].sort())
    expect(keys(['--kind', 'SDG']).length).toBe(kb.documents.flatMap((d) => d.references).filter((r) => r.kind === 'sdg').length)
  })

  it('States is only States; States* adds StatesParties, as the help says', () => {
    const rows = recommendationRows(kb.documents)
    const count = (args: string[]) => jsonl(q(['recs', ...args, '--format', 'jsonl']).stdout).length
    expect(count(['--addressee', 'states'])).toBe(rows.filter((r) => r.addressees.includes('States')).length)
    const either = rows.filter((r) => r.addressees.includes('States') || r.addressees.includes('StatesParties')).length
    expect(either).toBeGreaterThan(count(['--addressee', 'States']))
    expect(count(['--addressee', 'States*'])).toBe(either)
    expect(count(['--addressee', 'States', '--addressee', 'StatesParties'])).toBe(either)
    expect(reskb(['recs', '--help']).stdout).toMatch(/States\* is States and StatesParties/)
  })
})

describe('tables', () => {
  it('fit the terminal, CJK characters counted double; --wide prints every cell in full', () => {
    for (const columns of ['60', '100']) {
      const r = q(['recs'], {COLUMNS: columns})
      expect(r.status, r.stderr).toBe(0)
      for (const line of r.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(Number(columns))
    }
    const wide = q(['recs', '--wide'], {COLUMNS: '60'}).stdout
    const longest = recommendationRows(kb.documents).map((r) => r.text).sort((a, b) => b.length - a.length)[0]
    expect(wide).toContain(longest.replace(/\s+/g, ' ').trim())
  })
})

describe('CSV', () => {
  it('has a BOM in a file, none on a pipe unless --bom', () => {
    const dir = dirname(kbPath)
    expect(shell(`reskb recs --kb ${kbPath} --format csv | head -c 3 | od -An -tx1`).stdout.trim()).toBe('22 64 6f')
    expect(shell(`reskb recs --kb ${kbPath} --format csv --bom | head -c 3 | od -An -tx1`).stdout.trim()).toBe('ef bb bf')
    expect(shell(`reskb recs --kb ${kbPath} --format csv > ${dir}/recs.csv`).status).toBe(0)
    expect(readFileSync(join(dir, 'recs.csv')).subarray(0, 3).toString('hex')).toBe('efbbbf')
  })

  it('takes --columns, --no-header and --tsv as csvkit does', () => {
    const r = q(['refs', '--to', 'UNTOC/art32', '--format', 'csv', '--columns', 'key,SURFACE', '--no-header'])
    const rows = readCsv(r.stdout)
    expect(rows.length).toBe(jsonl(q(['refs', '--to', 'UNTOC/art32', '--format', 'jsonl']).stdout).length)
    expect(rows.every((row) => row.length === 2 && row[0].startsWith('UNTOC/art32'))).toBe(true)
    const tsv = readCsv(q(['recs', '--tsv', '--columns', 'in,label,addressees']).stdout, '\t')
    expect(tsv[0]).toEqual(['in', 'label', 'addressees'])
    expect(tsv.length - 1).toBe(recommendationRows(kb.documents).length)
    expect(q(['refs', '--format', 'csv', '--columns', 'kee']).stderr).toMatch(/no column 'kee'.*did you mean: key/)
  })

  it('neutralises formula-like cells in refs and search too', () => {
    for (const args of [['refs', HOSTILE, '--format', 'csv'], ['search', '缔约国', '--file', HOSTILE, '--format', 'csv']]) {
      const r = reskb(args)
      expect(r.status, r.stderr).toBe(0)
      const cells = readCsv(r.stdout).flat()
      expect(cells.length).toBeGreaterThan(10)
      for (const cell of cells) expect(cell, args[0]).not.toMatch(/^[=+\-@\t\r]/)
      expect(cells.some((c) => /^'[=+\-@]/.test(c)), args[0]).toBe(true)
    }
  })
})

describe('reskb show', () => {
  it('finds an instrument by its number as printed, and lists the instruments a bare number names', () => {
    expect(q(['show', '第9/1号决议']).stdout.split('\n')[0]).toMatch(/^CTOC\/COP\/RES\/9\/1 /)
    expect(q(['show', '第 9/1 号决定']).stdout.split('\n')[0]).toMatch(/^CTOC\/COP\/DEC\/9\/1 /)
    expect(q(['show', 'ctoc/cop/res/9/1']).stdout.split('\n')[0]).toMatch(/^CTOC\/COP\/RES\/9\/1 /)
    const r = q(['show', '9/1'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/CTOC\/COP\/DEC\/9\/1, CTOC\/COP\/RES\/9\/1/)
  })

  it('--format json gives paragraph text in full and the official url of a GA resolution', () => {
    const shown = JSON.parse(q(['show', 'A/RES/69/197', '--format', 'json']).stdout) as {url: string; instrument: {operative: {text: string}[]}}
    expect(shown.url).toBe('https://undocs.org/zh/A/RES/69/197')
    const inst = kb.documents.flatMap((d) => d.instruments).find((i) => i.key === 'A/RES/69/197')
    expect(shown.instrument.operative.map((p) => p.text)).toEqual(inst?.operative.map((p) => p.text))
  })
})

describe('reskb schema', () => {
  it('prints the JSON Schema that build writes', () => {
    expect(reskb(['schema']).stdout).toBe(readFileSync(join(dirname(kbPath), 'kb.schema.json'), 'utf8'))
  })
})
