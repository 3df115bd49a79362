import {describe, expect, it} from 'vitest'
import {parseAkn, textOf} from '../../../test/support/akn.js'
import {element, escapeAttr, escapeText, XmlPrinter} from './xml.js'

describe('escaping', () => {
  it('escapes markup characters of text, and CR, which a parser would read as LF', () => {
    expect(escapeText('a<b>&c "d" \'e\'\r\n\tf')).toBe('a&lt;b&gt;&amp;c "d" \'e\'&#13;\n\tf')
  })

  it('escapes quotes, tabs and newlines in attributes, which attribute normalisation would change', () => {
    expect(escapeAttr('x="1"\t&\ny<')).toBe('x=&quot;1&quot;&#9;&amp;&#10;y&lt;')
  })

  it('replaces what XML 1.0 cannot carry at all with U+FFFD', () => {
    expect(escapeText('a\u0001b\uFFFEc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd')
    expect(escapeText('😀')).toBe('😀')
  })

  it('reads back as the text and attribute values it was given', () => {
    const text = '甲<乙>&丙 "丁" \'戊\'\r\n己\t庚'
    const out = new XmlPrinter().open('akomaNtoso', {title: text}).line(element('p', {}, escapeText(text))).close()
    const root = parseAkn(out.toDocument())
    expect(root.attrs.title).toBe(text)
    expect(textOf(root)).toBe(text)
  })
})

describe('XmlPrinter', () => {
  it('indents element-only content and refuses to end with an element open', () => {
    const out = new XmlPrinter().open('a').line('<b/>').close()
    expect(out.toDocument()).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a>\n  <b/>\n</a>\n')
    expect(() => new XmlPrinter().open('a').toDocument()).toThrow('<a> left open')
  })
})
