/** Terminal tables: CJK characters take two cells, and a table never runs past the width it is given. */
import {describe, expect, it} from 'vitest'
import {clipToWidth, displayWidth, textTable} from './text.js'

describe('terminal tables', () => {
  it('count CJK and full-width characters as two cells', () => {
    expect(displayWidth('决议 9/1')).toBe(8)
    expect(displayWidth('ＡＢ')).toBe(4)
    expect(clipToWidth('缔约方会议核可', 7)).toBe('缔约方…')
    expect(displayWidth(clipToWidth('缔约方会议核可', 8))).toBeLessThanOrEqual(8)
  })

  it('narrow the text column first, then the others, to fit', () => {
    const rows = [['CTOC/COP/RES/9/3', '附件一', '鼓励《联合国打击跨国有组织犯罪公约》缔约国在向另一缔约国移交刑事诉讼时将《公约》用作法律依据']]
    const fitted = textTable(['in', 'annex', 'text'], rows, 60).split('\n')
    expect(fitted.every((l) => displayWidth(l) <= 60)).toBe(true)
    expect(fitted[2].startsWith('CTOC/COP/RES/9/3  附件一  鼓励')).toBe(true)
    const tighter = textTable(['in', 'annex', 'text'], rows, 50).split('\n')
    expect(tighter.every((l) => displayWidth(l) <= 50)).toBe(true)
    expect(tighter[2]).toMatch(/^CTOC\/COP\/… +附件一  鼓励/)
    expect(textTable(['in', 'annex', 'text'], rows).split('\n')[2].endsWith('法律依据')).toBe(true)
    const narrow = textTable(['in', 'annex', 'text'], rows, 30).split('\n')
    expect(narrow.every((l) => displayWidth(l) <= 30)).toBe(true)
  })
})
