/**
 * The reproducers of test/fixtures/hostile/ (from the hostile-input review):
 * each broke a promise of the pipeline — a wrong decoding accepted, a
 * character lost, work growing faster than the input.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseInput} from '../src/kb/build.js'
import {parseDocument} from '../src/pipeline/parse-document.js'
import {MAX_NESTING} from '../src/parse/markdown.js'
import {coverageDiff} from './support/coverage.js'
import {FIXTURES_DIR, corpusText} from './support/corpus.js'

const hostile = (name: string): Buffer => readFileSync(`${FIXTURES_DIR}hostile/${name}`)

function outcome(name: string, bytes: Uint8Array = hostile(name)) {
  return parseInput({path: name, bytes})
}

/** Seconds to parse `text`, and to parse corpus text of the same length. */
function timed(text: string): {seconds: number; corpusSeconds: number} {
  const t0 = performance.now()
  parseDocument(text, {path: 'x.txt'})
  const seconds = (performance.now() - t0) / 1000
  const unit = corpusText('001_419ad46391bfdb07.txt')
  const same = unit.repeat(Math.ceil(text.length / unit.length)).slice(0, Math.max(text.length, 1))
  const t1 = performance.now()
  parseDocument(same, {path: 'y.txt'})
  return {seconds, corpusSeconds: (performance.now() - t1) / 1000}
}

describe('decoding hostile bytes', () => {
  it('reads Big5 as Big5, not as GB18030 mojibake', () => {
    const o = outcome('big5.txt')
    expect(o.ok).toBe(true)
    if (!o.ok) return
    expect(o.document.source.encoding).toBe('big5')
    expect(o.document.paragraphs.map((p) => p.text).join('') + JSON.stringify(o.document.meta)).toContain('聯合國安理會')
  })

  it('refuses Shift-JIS, naming what was tried', () => {
    const o = outcome('shift-jis.txt')
    expect(o.ok).toBe(false)
    if (o.ok) return
    expect(o.error.ruleId).toBe('reskb:undecodable')
    expect(o.error.message).toMatch(/UTF-8.*GB18030.*BIG5/)
  })

  it.each(['nbsp-only.txt', 'whitespace-ideographic-space.txt'])('refuses whitespace-only %s as empty', (name) => {
    const o = outcome(name)
    expect(o.ok ? 'accepted' : o.error.ruleId).toBe('reskb:empty')
  })

  it('refuses whitespace-only text as empty in every encoding', () => {
    const spaces = '\u3000\u00a0 \n\u3000\r\n'
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(spaces, 'utf16le')])
    for (const bytes of [Buffer.from(spaces), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(spaces)]), utf16, Buffer.from([0xa1, 0xa1, 0x20, 0x0a])]) {
      const o = outcome('spaces.txt', bytes)
      expect(o.ok ? 'accepted' : o.error.ruleId).toBe('reskb:empty')
    }
  })

  it('refuses a NUL after the first 64 KB as binary, saying where', () => {
    const text = corpusText('001_419ad46391bfdb07.txt').repeat(2)
    const at = 40_000
    expect(Buffer.byteLength(text.slice(0, at))).toBeGreaterThan(65_536)
    const o = outcome('nul.txt', Buffer.from(`${text.slice(0, at)}\u0000${text.slice(at)}`))
    expect(o.ok).toBe(false)
    if (o.ok) return
    expect(o.error.ruleId).toBe('reskb:binary')
    expect(o.error.message).toContain(`at character ${at}`)
  })
})

describe('nothing lost on HTML-ish and indented input', () => {
  it.each(['div-html-block.txt', 'div-line-dropped.txt', 'inline-html-dropped.txt', 'indented-footnote.txt', 'html-injection.txt', 'barcode-line.txt'])('%s keeps every character', (name) => {
    const text = hostile(name).toString('utf8')
    expect(coverageDiff(text, parseDocument(text, {path: name}))).toEqual({missing: '', extra: ''})
  })

  it('keeps every footnote marker of a line longer than a parse chunk', () => {
    const text = '<sup>1</sup>'.repeat(5462)
    const doc = parseDocument(text, {path: 'sup.txt'})
    const markers = [...doc.paragraphs, ...doc.sections.flatMap((s) => s.paragraphs)].reduce((n, p) => n + p.markers.length, 0)
    expect(markers).toBe(5462)
  })

  it('keeps the text after 64 K of stars', () => {
    const text = `${'*'.repeat(65536)}a`
    expect(coverageDiff(text, parseDocument(text, {path: 'stars.txt'})).missing).toBe('')
  })
})

describe('bounded work', () => {
  it.each(['list-5000-oneline.txt', 'list-20000-oneline.txt', 'quote-10000.txt'])('%s: deep nesting is flattened with a diagnostic, nothing after it lost', (name) => {
    const text = hostile(name).toString('utf8')
    const {seconds, corpusSeconds} = timed(text)
    expect(seconds).toBeLessThan(Math.max(10 * corpusSeconds, 1))
    const doc = parseDocument(text, {path: name})
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('reskb:nesting')
    // The first MAX_NESTING markers are markup (bullets, quote marks); everything after them is kept as text.
    const {missing} = coverageDiff(text, doc)
    expect(missing.length).toBeLessThanOrEqual(MAX_NESTING)
    expect(missing).toMatch(/^[->]*$/)
  })

  it('parses a paragraph of unclosed HTML comment openers in linear time, keeping them', () => {
    const text = `请各国加强合作${'<!-- 注'.repeat(12_000)}。`
    const {seconds, corpusSeconds} = timed(text)
    expect(seconds).toBeLessThan(Math.max(10 * corpusSeconds, 1))
    expect(coverageDiff(text, parseDocument(text, {path: 'comments.txt'})).missing).toBe('')
  })

  it('gives each of 20,000 `1.` lines its own id by counting, not probing', () => {
    const text = '1.\n'.repeat(20_000)
    const {seconds, corpusSeconds} = timed(text)
    expect(seconds).toBeLessThan(Math.max(10 * corpusSeconds, 1))
    const doc = parseDocument(text, {path: 'ones.txt'})
    const ids = doc.paragraphs.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
