import {describe, expect, it} from 'vitest'
import {fileName, relativeHref, UniqueNames} from './names.js'

describe('site file names', () => {
  it('are safe file names, readable, and distinct for keys a slug alone would merge', () => {
    const keys = ['CTOC/COP/RES/9/1', 'CTOC-COP-RES-9-1', 'ctoc/cop/res/9/1', 'S/RES/1373(2001)', '第9/1号决议', '../../etc/passwd', '']
    const names = keys.map(fileName)
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_.-]+\.html$/)
    expect(names[0]).toMatch(/^CTOC-COP-RES-9-1-[0-9a-f]{8}\.html$/)
    // Distinct even on a case-insensitive file system.
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(keys.length)
    expect(fileName('CTOC/COP/RES/9/1')).toBe(names[0])
  })

  it('hand out each name once, numbering repeats in the order asked', () => {
    const names = new UniqueNames()
    expect(['op_1', 'op_1', 'op_2', 'op_1'].map((n) => names.take(n))).toEqual(['op_1', 'op_1-2', 'op_2', 'op_1-3'])
  })

  it('link between pages relative to the site root', () => {
    expect(relativeHref('index.html', 'doc/a.html')).toBe('doc/a.html')
    expect(relativeHref('doc/a.html', 'instrument/b.html')).toBe('../instrument/b.html')
    expect(relativeHref('doc/a.html', 'index.html')).toBe('../index.html')
  })
})
