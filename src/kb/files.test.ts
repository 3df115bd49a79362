import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildKnowledgeBase, readInputs} from './build.js'
import {collectInputs} from './files.js'
import {MAX_INPUT_BYTES} from '../ingest/decode.js'
import {corpusText} from '../../test/support/corpus.js'

const temp = () => mkdtempSync(join(tmpdir(), 'reskb-walk-'))

function withGood(): string {
  const dir = temp()
  writeFileSync(join(dir, 'good.txt'), corpusText('000_72cb1ed1b35ea5b9.txt'))
  return dir
}

const refusals = (dir: string) => buildKnowledgeBase(readInputs([dir])).errors.map((e) => [e.path.split('/').pop(), e.ruleId, e.message])

describe('the input walk', () => {
  it('refuses a FIFO named .txt without blocking, and builds the rest', () => {
    const dir = withGood()
    execFileSync('mkfifo', [join(dir, 'pipe.txt')])
    const kb = buildKnowledgeBase(readInputs([dir]))
    expect(kb.documents).toHaveLength(1)
    expect(kb.errors.map((e) => [e.path.split('/').pop(), e.ruleId])).toEqual([['pipe.txt', 'reskb:unreadable']])
    expect(kb.errors[0].message).toContain('FIFO')
  })

  it('refuses a link to a device without reading it', () => {
    const dir = withGood()
    symlinkSync('/dev/zero', join(dir, 'zero.txt'))
    expect(refusals(dir)).toEqual([['zero.txt', 'reskb:unreadable', 'it is a character device, not a regular file']])
  })

  it('follows symbolic links once: loops end and a file is built once', () => {
    const dir = withGood()
    symlinkSync('.', join(dir, 'self'))
    mkdirSync(join(dir, 'sub'))
    symlinkSync('..', join(dir, 'sub', 'up'))
    symlinkSync(join(dir, 'good.txt'), join(dir, 'sub', 'again.txt'))
    expect(collectInputs([dir]).files).toEqual([join(dir, 'good.txt')])
  })

  it('refuses a file above the size limit from its size, before reading it', () => {
    const dir = withGood()
    const huge = join(dir, 'huge.txt')
    writeFileSync(huge, '')
    truncateSync(huge, 300 * 1024 * 1024)
    const rssBefore = process.memoryUsage.rss()
    expect(refusals(dir)).toEqual([['huge.txt', 'reskb:too-large', `the file is ${300 * 1024 * 1024} bytes, above the limit of ${MAX_INPUT_BYTES}`]])
    expect(process.memoryUsage.rss() - rssBefore).toBeLessThan(100 * 1024 * 1024)
  })

  it('never reads the folders it is told to leave out', () => {
    const dir = withGood()
    mkdirSync(join(dir, 'output'))
    writeFileSync(join(dir, 'output', 'xref-index.md'), '# 索引\n')
    expect(collectInputs([dir], {exclude: [join(dir, 'output')]}).files).toEqual([join(dir, 'good.txt')])
  })

  it('walks a folder named x.txt as a folder', () => {
    const dir = withGood()
    mkdirSync(join(dir, 'x.txt'))
    expect(refusals(dir)).toEqual([])
  })
})
