import {describe, expect, it} from 'vitest'
import {html, raw, safeUrl} from './escape.js'

describe('escaping', () => {
  it('escapes every interpolated value, in text and attributes, unless it is markup already', () => {
    const text = `<img src=x onerror="alert(1)">'&`
    expect(html`<p title="${text}">${text}</p>`.value).toBe('<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;</p>')
    expect(html`<div>${[html`<b>${'a<b'}</b>`, 'c>d', null, false, 3]}</div>`.value).toBe('<div><b>a&lt;b</b>c&gt;d3</div>')
    expect(html`${raw('<br>')}`.value).toBe('<br>')
  })

  it('keeps only http(s) addresses as link targets', () => {
    expect(safeUrl('https://undocs.org/zh/A/RES/70/1')).toBe('https://undocs.org/zh/A/RES/70/1')
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>', 'https://x.org/"onmouseover=1', ' https://x.org', null]) expect(safeUrl(url)).toBeNull()
  })
})
