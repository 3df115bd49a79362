import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import * as reskb from './index.js'
import {ROOT, corpusBytes} from '../test/support/corpus.js'

describe('library API', () => {
  it('gives the objects the command line prints', () => {
    const doc = reskb.parseDocument(corpusBytes('002_d8f709981c452746.txt'), {path: 'corpus/002_d8f709981c452746.txt'})
    const cli = JSON.parse(execFileSync(process.execPath, ['dist/cli/main.js', 'parse', 'corpus/002_d8f709981c452746.txt'], {cwd: ROOT, encoding: 'utf8'}))
    expect(cli).toEqual(JSON.parse(JSON.stringify(doc)))
    expect(reskb.DocumentSchema.safeParse(doc).success).toBe(true)
  })

  it('runs the README example', () => {
    const out = execFileSync(process.execPath, ['examples/library.mjs'], {cwd: ROOT, encoding: 'utf8'})
    expect(out).toContain('CTOC/COP/RES/7/1 加强《联合国打击跨国有组织犯罪公约》及其各项议定书的实施')
    expect(out).toContain('CTOC/COP/RES/5/5 is cited 4 times')
  })

  it('exports the JSON Schema with the package', async () => {
    const pkg = JSON.parse(execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json").exports)'], {cwd: ROOT, encoding: 'utf8'}))
    expect(pkg['./kb.schema.json']).toBe('./output/kb.schema.json')
    expect(JSON.stringify(reskb.knowledgeBaseJsonSchema())).toContain('"Document"')
  })
})
