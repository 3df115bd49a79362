import {mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildKnowledgeBase, readInputs} from './build.js'
import {writeOutputs} from './write.js'
import {KnowledgeBaseSchema} from './schema.js'
import {MAX_INPUT_BYTES} from '../ingest/decode.js'
import {CORPUS_DIR, ROOT, corpusText} from '../../test/support/corpus.js'
import {filesUnder} from '../../test/support/files.js'

const OUTPUT_FILES = [
  'akn',
  'kb.json',
  'kb.schema.json',
  'kb.schema.md',
  'kb.sqlite',
  'manifest.json',
  'recommendation-addressees.csv',
  'recommendations.csv',
  'recommendations.jsonl',
  'search.idx',
  'show.idx',
  'site',
  'xref-index.html',
  'xref-index.md'
]

const ESSAY = '春天来了，山上的花都开了。我们一家人去郊外散步，看见小河里的鱼游来游去。\n\n傍晚回家的时候，天边的晚霞很美。\n'

function batchFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reskb-batch-'))
  writeFileSync(join(dir, 'a-good.txt'), corpusText('000_72cb1ed1b35ea5b9.txt'))
  writeFileSync(join(dir, 'b-empty.txt'), '')
  writeFileSync(join(dir, 'c-binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]))
  writeFileSync(join(dir, 'd-essay.md'), ESSAY)
  symlinkSync(join(dir, 'nowhere'), join(dir, 'e-unreadable.txt'))
  writeFileSync(join(dir, 'notes.json'), '{}')
  return dir
}

describe('building a batch', () => {
  it('refuses bad inputs with a message naming the file, and builds the rest', () => {
    const kb = buildKnowledgeBase(readInputs([batchFolder()]))
    expect(kb.documents.map((d) => d.source.path.split('/').pop())).toEqual(['a-good.txt', 'd-essay.md'])
    expect(kb.errors.map((e) => [e.path.split('/').pop(), e.ruleId])).toEqual([
      ['b-empty.txt', 'reskb:empty'],
      ['c-binary.txt', 'reskb:binary'],
      ['e-unreadable.txt', 'reskb:unreadable']
    ])
    for (const e of kb.errors) expect(e.message.length).toBeGreaterThan(10)
  })

  it('keeps a text with no UN structure as plain paragraphs and says so', () => {
    const kb = buildKnowledgeBase(readInputs([batchFolder()]))
    const essay = kb.documents.find((d) => d.source.path.endsWith('d-essay.md'))!
    expect(essay.kind).toBe('text')
    expect(essay.instruments).toEqual([])
    expect(essay.paragraphs.map((p) => p.text)).toEqual(ESSAY.trim().split('\n\n'))
    expect(essay.diagnostics.map((d) => d.ruleId)).toContain('reskb:no-structure')
  })

  it('gives byte-identical output when run twice', () => {
    const a = mkdtempSync(join(tmpdir(), 'reskb-out-'))
    const b = mkdtempSync(join(tmpdir(), 'reskb-out-'))
    writeOutputs(buildKnowledgeBase(readInputs([CORPUS_DIR])), a)
    writeOutputs(buildKnowledgeBase(readInputs([CORPUS_DIR])), b)
    expect(readdirSync(a).sort()).toEqual(OUTPUT_FILES)
    const files = filesUnder(a)
    expect(filesUnder(b)).toEqual(files)
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true)
  })

  it('produces what the schema describes', () => {
    const kb = buildKnowledgeBase(readInputs([CORPUS_DIR]))
    expect(KnowledgeBaseSchema.safeParse(kb).success).toBe(true)
  })

  it('parses a file near the size limit in bounded chunks', () => {
    const unit = corpusText('001_419ad46391bfdb07.txt')
    const copies = Math.floor((MAX_INPUT_BYTES - 1024) / (Buffer.byteLength(unit) + 2))
    const big = Array.from({length: copies}, () => unit).join('\n\n')
    const dir = mkdtempSync(join(tmpdir(), 'reskb-big-'))
    mkdirSync(dir, {recursive: true})
    writeFileSync(join(dir, 'big.txt'), big)
    const kb = buildKnowledgeBase(readInputs([dir]))
    expect(kb.errors).toEqual([])
    expect(kb.documents[0].instruments.length).toBe(copies * 5)
    expect(kb.documents[0].footnotes.length).toBe(copies * 18)
    expect(kb.documents[0].recommendationLists.length).toBe(copies * 3)
    // Throughput is measured by `npm run bench`; the generous timeout only stops a quadratic parse.
  }, 600_000)
})

describe('output/ is current', () => {
  it('every file of output/ equals a fresh build of corpus/', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'reskb-fresh-'))
    writeOutputs(buildKnowledgeBase(readInputs([CORPUS_DIR]).map((i) => ({...i, path: i.path.slice(i.path.indexOf('corpus/'))}))), fresh)
    expect(readdirSync(join(ROOT, 'output')).sort()).toEqual(OUTPUT_FILES)
    expect(filesUnder(join(ROOT, 'output')), 'output/ is stale: run `npm start`').toEqual(filesUnder(fresh))
    for (const f of filesUnder(fresh)) {
      expect(readFileSync(join(ROOT, 'output', f)).equals(readFileSync(join(fresh, f))), `output/${f} is stale: run \`npm start\``).toBe(true)
    }
  })
})
