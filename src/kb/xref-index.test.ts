import {describe, expect, it} from 'vitest'
import {buildKnowledgeBase, readInputs} from './build.js'
import {buildXrefIndex, escapeHtml, naturalCompare, xrefHtml, xrefMarkdown} from './xref-index.js'
import {keyMatches} from '../cli/refs.js'
import {CORPUS_DIR} from '../../test/support/corpus.js'

const kb = buildKnowledgeBase(readInputs([CORPUS_DIR]))
const index = buildXrefIndex(kb)

describe('cross-document links', () => {
  it('an instrument lists every place that cites it', () => {
    const res71 = kb.documents.flatMap((d) => d.instruments).find((i) => i.key === 'CTOC/COP/RES/7/1')!
    expect(res71.citedBy.length).toBe(1)
    const citing = kb.documents.find((d) => d.id === res71.citedBy[0].document)!
    expect(citing.source.path).toContain('001_')
    const ref = citing.references.find((r) => r.id === res71.citedBy[0].key)!
    expect(ref.target).toEqual({document: kb.documents.find((d) => d.instruments.includes(res71))!.id, instrument: 'CTOC/COP/RES/7/1', paragraph: null, footnote: null})
  })
})

describe('cross-reference index', () => {
  it('lists every place citing resolution 5/5', () => {
    const group = index.groups.find((g) => g.id === 'instruments')!
    const r55 = group.referents.find((r) => r.key === 'CTOC/COP/RES/5/5')!
    expect(r55.places.map((p) => [p.path.split('/').pop(), p.label])).toEqual([
      ['000_72cb1ed1b35ea5b9.txt', 'pp 5'],
      ['000_72cb1ed1b35ea5b9.txt', 'op 4'],
      ['001_419ad46391bfdb07.txt', 'pp 6'],
      ['001_419ad46391bfdb07.txt', 'report para 33']
    ])
    expect(r55.url).toBeNull()
  })

  it('orders articles per treaty in article order', () => {
    const keys = index.groups.find((g) => g.id === 'articles')!.referents.map((r) => r.key)
    const untoc = keys.filter((k) => k.startsWith('UNTOC/'))
    expect(untoc.indexOf('UNTOC/art2')).toBeLessThan(untoc.indexOf('UNTOC/art10'))
    expect(untoc.indexOf('UNTOC/art32')).toBeLessThan(untoc.indexOf('UNTOC/art32/para4'))
    expect(naturalCompare('9/2', '9/10')).toBeLessThan(0)
  })

  it('says what an instrument of the knowledge base cites', () => {
    const entry = index.instruments.find((i) => i.key === 'CTOC/COP/RES/7/1')!
    expect(entry.cites.find((c) => c.key === 'CTOC/COP/RES/5/5')?.count).toBe(2)
    expect(entry.cites.find((c) => c.key === 'UNTOC/art32/para4')?.count).toBe(2)
  })

  it('writes Markdown and self-contained, escaped HTML deterministically', () => {
    const md = xrefMarkdown(index)
    expect(md).toContain('### A/69/489 — [official document](https://undocs.org/zh/A/69/489)')
    const html = xrefHtml(index)
    expect(html).not.toMatch(/<script|<link|src=/)
    expect(html).toContain('id="k-symbol-A-69-489"')
    expect(xrefHtml(buildXrefIndex(buildKnowledgeBase(readInputs([CORPUS_DIR]))))).toBe(html)
    expect(escapeHtml('<b>"x" & \'y\'</b>')).toBe('&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;')
  })
})

describe('reskb refs --to', () => {
  it('matches a key and its sub-keys, not a longer number', () => {
    expect(keyMatches('UNTOC/art32', 'UNTOC/art32')).toBe(true)
    expect(keyMatches('UNTOC/art32/para4', 'UNTOC/art32')).toBe(true)
    expect(keyMatches('UNTOC/art320', 'UNTOC/art32')).toBe(false)
    expect(keyMatches('A/RES/69/197', 'A/RES/')).toBe(true)
  })
})
