import {describe, expect, it} from 'vitest'
import {annotate} from './annotate.js'
import {html} from './escape.js'

const link = (start: number, end: number, href = '#x') => ({start, end, wrap: (inner: ReturnType<typeof html>) => html`<a href="${href}">${inner}</a>`})
const marker = (at: number, n: string) => ({start: at, end: at, wrap: () => html`<sup>${n}</sup>`})

describe('annotate', () => {
  it('turns exactly the span into a link and escapes all the text', () => {
    const text = '回顾第5/5号决议<b>&"'
    expect(annotate(text, [link(2, 9, 'a"b')]).value).toBe('回顾<a href="a&quot;b">第5/5号决议</a>&lt;b&gt;&amp;&quot;')
  })

  it('inserts zero-width markers, and puts one that falls inside a link right after it', () => {
    expect(annotate('议定书是文书', [marker(3, '1')]).value).toBe('议定书<sup>1</sup>是文书')
    expect(annotate('第5/5号决议', [link(0, 7), marker(2, '2')]).value).toBe('<a href="#x">第5/5号决议</a><sup>2</sup>')
  })

  it('leaves out a span overlapping an earlier one and spans outside the text', () => {
    expect(annotate('abcdef', [link(3, 5, '#b'), link(1, 4, '#a'), link(4, 9, '#c')]).value).toBe('a<a href="#a">bcd</a>ef')
  })
})
