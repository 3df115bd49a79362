/** Document ids: two inputs with the same bytes are two documents, with their own anchors in the HTML index. */
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildKnowledgeBase, readInputs} from '../kb/build.js'
import {writeOutputs} from '../kb/write.js'
import {parseDocument} from './parse-document.js'
import {CORPUS_DIR} from '../../test/support/corpus.js'

describe('document ids', () => {
  it('differ for two files with the same bytes, and are the same for the same file', () => {
    const bytes = readFileSync(join(CORPUS_DIR, '000_72cb1ed1b35ea5b9.txt'))
    const a = parseDocument(bytes, {path: 'a/x.txt'})
    expect(parseDocument(bytes, {path: 'b/x.txt'}).id).not.toBe(a.id)
    expect(parseDocument(bytes, {path: 'a/x.txt'}).id).toBe(a.id)
  })

  it('keep every anchor of xref-index.html unique when two inputs are copies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reskb-copies-'))
    for (const sub of ['first', 'second']) {
      mkdirSync(join(dir, sub))
      copyFileSync(join(CORPUS_DIR, '000_72cb1ed1b35ea5b9.txt'), join(dir, sub, 'same.txt'))
    }
    const kb = buildKnowledgeBase(readInputs([dir]))
    expect(new Set(kb.documents.map((d) => d.id)).size).toBe(2)
    writeOutputs(kb, join(dir, 'output'))
    const ids = [...readFileSync(join(dir, 'output', 'xref-index.html'), 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => m[1])
    expect(ids.length).toBeGreaterThan(10)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })
})
