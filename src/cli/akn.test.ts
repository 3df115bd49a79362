import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../../test/support/corpus.js'

const reskb = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], {cwd: ROOT, encoding: 'utf8'})
const SC = 'test/fixtures/akn/synthetic/sc-resolution.md'
const REPORT = 'test/fixtures/akn/synthetic/report-decision.md'

describe('reskb akn', () => {
  it('prints the one AKN file of a text', () => {
    const run = reskb('akn', SC)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso xmlns="http:\/\/docs.oasis-open.org\/legaldocml\/ns\/akn\/3.0">/)
  })

  it('writes a report and its instruments into --out, named by Work', () => {
    const out = mkdtempSync(join(tmpdir(), 'reskb-akn-cli-'))
    const run = reskb('akn', REPORT, '--out', out)
    expect(run.status).toBe(0)
    const [report, decision] = readdirSync(out).sort()
    expect(report).toMatch(/^doc_report_ctoc-cop_2030-10-30_doc-[0-9a-f]{16}\.xml$/)
    expect(decision).toBe('statement_decision_ctoc-cop_2030-10-16_15-1.xml')
  })

  it('says in one line what is wrong: an unknown key, several files without --out', () => {
    const kb = join(mkdtempSync(join(tmpdir(), 'reskb-akn-kb-')), 'kb.json')
    const unknown = reskb('akn', 'A/RES/1/1', '--kb', kb)
    expect(unknown.status).toBe(1)
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1)
    expect(unknown.stderr).toContain(kb)
    const none = reskb('akn', 'test/fixtures/dev/README.md')
    expect(none.stderr.trim()).toBe('reskb akn: test/fixtures/dev/README.md: no resolution, decision or report found')
    const several = reskb('akn', REPORT)
    expect(several.status).toBe(2)
    expect(several.stderr.trim()).toBe('reskb akn: 2 files to write: give --out DIR')
  })
})
