import {describe, expect, it} from 'vitest'
import {inlineXml, type Span} from './inline.js'

const span = (start: number, end: number, name: string): Span => ({start, end, open: `<${name}>`, close: `</${name}>`})

describe('inlineXml', () => {
  it('wraps spans at their offsets and escapes the text between them', () => {
    expect(inlineXml('见 A&B 段', [span(2, 5, 'ref')])).toBe('见 <ref>A&amp;B</ref> 段')
  })

  it('nests a span inside a longer one that holds it', () => {
    expect(inlineXml('abcdef', [span(2, 4, 'i'), span(1, 5, 'o')])).toBe('a<o>b<i>cd</i>e</o>f')
  })

  it('closes and reopens a span that crosses the end of another, so every character keeps both', () => {
    expect(inlineXml('abcdef', [span(0, 3, 'x'), span(2, 5, 'y')])).toBe('<x>ab<y>c</y></x><y>de</y>f')
  })

  it('puts points between characters, after spans that end there and before spans that start there', () => {
    expect(inlineXml('abcd', [span(0, 2, 'x'), span(2, 4, 'y')], [{at: 2, xml: '<n/>'}, {at: 4, xml: '<m/>'}])).toBe('<x>ab</x><n/><y>cd</y><m/>')
  })

  it('drops empty spans and marks outside the text', () => {
    expect(inlineXml('ab', [span(1, 1, 'x'), span(1, 9, 'y')], [{at: 5, xml: '<n/>'}])).toBe('ab')
  })
})
