/**
 * The command line as a user meets it: every command has help, queries answer
 * from the knowledge base, errors are messages with a useful suggestion,
 * never stack traces.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildKnowledgeBase, readInputs} from '../kb/build.js'
import {writeOutputs} from '../kb/write.js'
import {shownFrom} from './show.js'
import {encodeShowIndex, lookupRecords, lookupShowIndex, showIndexKeys, showRecords} from '../kb/show-index.js'
import {closestKeys} from '../query/suggest.js'
import {readIndexFile, search} from '../query/index.js'
import {COMMANDS} from './commands.js'
import {CORPUS_DIR, ROOT} from '../../test/support/corpus.js'

const kb = buildKnowledgeBase(readInputs([CORPUS_DIR]))
const out = mkdtempSync(join(tmpdir(), 'reskb-cli-'))
writeOutputs(kb, out)
const records = showRecords(kb)
const show = (key: string) => shownFrom(key, lookupRecords(records, key))

function reskb(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {cwd: ROOT, encoding: 'utf8'})
}

describe('reskb show', () => {
  it('outlines an instrument, what it cites and who cites it', () => {
    const shown = show('CTOC/COP/RES/9/1')!
    expect(shown.instrument?.operative.map((o) => o.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    expect(shown.instrument?.annexes.map((a) => [a.label, a.tables])).toEqual([['附件', 0], ['附录', 2]])
    // Five in the resolution's own paragraphs and one in its footnote 2.
    expect(shown.instrument?.cites.find((c) => c.key === 'UNTOC/art32')?.count).toBe(6)
    expect(shown.citations.map((c) => c.label)).toEqual(['report para 34', 'report para 48', '附件二 para j'])
  })

  it('lists every citation of an article paragraph with context', () => {
    const shown = show('UNTOC/art18/para13')!
    expect(shown.instrument).toBeNull()
    expect(shown.citations.length).toBe(4)
    expect(shown.citations.every((c) => c.snippet.includes('第十八条第十三款】'))).toBe(true)
  })

  it('suggests the closest keys for an unknown one', () => {
    expect(show('CTOC/COP/RES/9/l')).toBeNull()
    const text = Buffer.from(encodeShowIndex(records))
    expect(closestKeys('CTOC/COP/RES/9/l', showIndexKeys(text), 3)[0]).toBe('CTOC/COP/RES/9/1')
  })

  it('reads the same records from the index file as from memory', () => {
    const text = Buffer.from(encodeShowIndex(records))
    for (const key of ['CTOC/COP/RES/9/1', 'UNTOC/art32', 'A/69/489', 'UNTS/2225/39574']) {
      expect(lookupShowIndex(text, key), key).toEqual(JSON.parse(JSON.stringify(lookupRecords(records, key))))
    }
    expect(lookupShowIndex(text, 'UNTOC/art32').every((r) => r.key === 'UNTOC/art32' || r.key.startsWith('UNTOC/art32/'))).toBe(true)
  })
})

describe('reskb search', () => {
  it('answers from the index file beside kb.json, Traditional query included', () => {
    const index = readIndexFile(join(out, 'search.idx'))
    const hits = search(index, '中央機關', {kind: 'recommendation', limit: 3})
    expect(hits.length).toBe(3)
    expect(hits.every((h) => h.kind === 'recommendation' && h.snippet.includes('【中央机关】'))).toBe(true)
  })

  it('answers on the command line from search.idx, and the same from the files themselves', () => {
    const args = ['中央機關', '--kind', 'recommendation', '--limit', '3', '--format', 'jsonl']
    const expected = search(readIndexFile(join(out, 'search.idx')), '中央機關', {kind: 'recommendation', limit: 3})
    expect(expected).toHaveLength(3)
    for (const source of [['--kb', join(out, 'kb.json')], ['--file', CORPUS_DIR]]) {
      const r = reskb('search', ...args, ...source)
      expect(r.status, r.stderr).toBe(0)
      expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(expected)
    }
  })

  it('writes a byte-identical index on a rebuild', () => {
    const again = mkdtempSync(join(tmpdir(), 'reskb-cli-'))
    writeOutputs(buildKnowledgeBase(readInputs([CORPUS_DIR])), again)
    expect(readFileSync(join(again, 'search.idx')).equals(readFileSync(join(out, 'search.idx')))).toBe(true)
  })
})

describe('the reskb program', () => {
  it('has --help for itself and every command', () => {
    expect(execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--help'], {cwd: ROOT, encoding: 'utf8'})).toContain('Commands:')
    for (const name of Object.keys(COMMANDS)) {
      const r = reskb(name, '--help')
      expect(r.status, name).toBe(0)
      expect(r.stdout, name).toContain(`Usage: reskb ${name}`)
    }
  })

  it('names and summarises each command as its module does (the table imports none until one runs)', async () => {
    for (const entry of Object.values(COMMANDS)) {
      const command = await entry.load()
      expect([command.name, command.summary]).toEqual([entry.name, entry.summary])
    }
  })

  it('answers an unknown key with suggestions and exit 1, not a stack trace', () => {
    const r = reskb('show', 'CTOC/COP/RES/9/l', '--kb', join(out, 'kb.json'))
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('did you mean: CTOC/COP/RES/9/1')
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('names the file and the problem for a refused input', () => {
    const r = reskb('parse', join(ROOT, 'package-lock.json.missing'))
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/package-lock\.json\.missing: cannot read the file/)
  })

  it('prints one document as JSON', () => {
    const r = reskb('parse', 'corpus/000_72cb1ed1b35ea5b9.txt')
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).instruments[0].key).toBe('CTOC/COP/RES/7/1')
  })
})
