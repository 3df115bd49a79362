import {describe, expect, it} from 'vitest'
import {keys, refs} from './testing/helpers.js'

describe('resolutions and decisions', () => {
  it('takes the body named in the clause, with the date printed before the number', () => {
    const text = '回顾《公约》第三十二条、缔约方会议2010年10月22日第5/1号决议和大会2013年12月18日第68/193号决议，该大会决议除其他外重申'
    const found = refs('CTOC/COP', text).filter((r) => r.kind === 'resolution')
    expect(found.map((r) => [r.key, r.date, r.surface])).toEqual([
      ['CTOC/COP/RES/5/1', '2010-10-22', '缔约方会议2010年10月22日第5/1号决议'],
      ['A/RES/68/193', '2013-12-18', '大会2013年12月18日第68/193号决议']
    ])
    expect(found[1].start).toBe(text.indexOf('大会2013'))
    expect(found[1].rule).toBe('res')
  })

  it('gives a date printed before a list to every item, and a later own date overrides', () => {
    const text = '还回顾其2004年7月7日第1/2号决定、2005年10月19日第2/2号和第2/6号决定以及2010年10月22日第5/3号和第5/4号决议'
    const found = refs('CTOC/COP', text)
    expect(found.map((r) => [r.kind, r.key, r.date])).toEqual([
      ['decision', 'CTOC/COP/DEC/1/2', '2004-07-07'],
      ['decision', 'CTOC/COP/DEC/2/2', '2005-10-19'],
      ['decision', 'CTOC/COP/DEC/2/6', '2005-10-19'],
      ['resolution', 'CTOC/COP/RES/5/3', '2010-10-22'],
      ['resolution', 'CTOC/COP/RES/5/4', '2010-10-22']
    ])
    expect(found[2].surface).toBe('第2/6号决定')
    expect(found[2].rule).toBe('dec-list')
    const later = refs('A', '有助于执行第 67/80 号、第 68/186 号和 2014 年 12 月 18 日第 69/196 号决议')
    expect(later.map((r) => [r.key, r.date])).toEqual([
      ['A/RES/67/80', undefined],
      ['A/RES/68/186', undefined],
      ['A/RES/69/196', '2014-12-18']
    ])
  })

  it('expands lists that print 号 once', () => {
    expect(keys(refs('A', '见第 62/272、64/297 和 68/276 号决议。'))).toEqual([
      'resolution A/RES/62/272',
      'resolution A/RES/64/297',
      'resolution A/RES/68/276'
    ])
    expect(keys(refs('A', '见第37/457、38/459、40/472和59/509号决定'))).toEqual([
      'decision A/DEC/37/457',
      'decision A/DEC/38/459',
      'decision A/DEC/40/472',
      'decision A/DEC/59/509'
    ])
  })

  it('carries the body across a list of citations (SPEC rule 1)', () => {
    const found = refs('CTOC/COP', '大会第45/116号决议，附件；及第52/88号决议，附件。')
    expect(keys(found)).toEqual(['resolution A/RES/45/116', 'resolution A/RES/52/88'])
    expect(found[1].surface).toBe('第52/88号决议')
  })

  it('carries the body over 各项相关决议，包括 and a quoted title', () => {
    const found = refs(
      'CTOC/COP',
      '注意到大会各项相关决议，包括 2017 年 12 月 19 日题为“加强联合国预防犯罪和刑事司法方案，特别是其技术合作能力”的第 72/196 号决议，其中大会赞赏地欢迎'
    )
    expect(found.map((r) => [r.key, r.date])).toEqual([['A/RES/72/196', '2017-12-19']])
  })

  it('reads 其 and no body as the issuer, and a Council or ECOSOC number by its shape', () => {
    expect(keys(refs('CTOC/COP', '重申 2004 年 7 月 7 日第 1/2 号决定，其中缔约方会议决定'))).toEqual(['decision CTOC/COP/DEC/1/2'])
    expect(keys(refs('CTOC/COP', '（案文见第一章 A 节，第 9/1 号决议。）'))).toEqual(['resolution CTOC/COP/RES/9/1'])
    const shape = refs('A', '包括关于加强打击偷运移徙者行为的 2014 年 7 月 16 日第 2014/23 号决议')
    expect(shape.map((r) => [r.key, r.date, r.rule])).toEqual([['E/RES/2014/23', '2014-07-16', 'res-shape']])
    expect(keys(refs('A', '与安全理事会关于反恐怖主义的 第 1373 (2001) 号决议所设委员会'))).toEqual(['resolution S/RES/1373(2001)'])
    expect(keys(refs('CTOC/COP', '依照第1373(2001)号决议'))).toEqual(['resolution S/RES/1373(2001)'])
    expect(keys(refs('A', '安全理事会第 1373 (2001)、1624 (2005) 和 2178 (2014) 号决议'))).toEqual([
      'resolution S/RES/1373(2001)',
      'resolution S/RES/1624(2005)',
      'resolution S/RES/2178(2014)'
    ])
  })

  it('keeps the nearest body when another body introduces the clause', () => {
    const found = refs('A', '欢迎大会根据经济及社会理事会 2014 年 7 月 16 日第 2014/20 号决议通过了')
    expect(found.map((r) => [r.key, r.surface])).toEqual([['E/RES/2014/20', '经济及社会理事会 2014 年 7 月 16 日第 2014/20 号决议']])
    expect(keys(refs('A', '例如预防犯罪和刑事司法委员会第 26/3 号决议，从而'))).toEqual(['resolution E/CN.15/RES/26/3'])
    expect(
      keys(refs('A', '预防犯罪和刑事司法委员会关于加强国际合作打击网络犯罪的 2013 年 4 月 26 日第 22/7 号决议及关于促进技术援助的 2013 年 4 月 26 日第 22/8 号决议'))
    ).toEqual(['resolution E/CN.15/RES/22/7', 'resolution E/CN.15/RES/22/8'])
    expect(keys(refs('A', '人权委员会第 2005/80 号决议和人权理事会第 5/1 号决议'))).toEqual([
      'resolution E/CN.4/RES/2005/80',
      'resolution A/HRC/RES/5/1'
    ])
  })

  it('keeps a letter part in the number', () => {
    expect(keys(refs('CTOC/COP', '见大会第67/234号决议B部分。'))).toEqual(['resolution A/RES/67/234B'])
    const bare = refs('A', '见 67/234B 号决议。')
    expect(bare.map((r) => [r.key, r.surface])).toEqual([['A/RES/67/234B', '67/234B 号决议']])
  })

  it('reads older forms: Roman sessions, special sessions, Chinese-numeral Council resolutions', () => {
    expect(keys(refs('A', '大会第 3499(XXX) 号决议和第 194(III) 号决议'))).toEqual([
      'resolution A/RES/3499(XXX)',
      'resolution A/RES/194(III)'
    ])
    expect(keys(refs('CTOC/COP', '大会第 S-17/2 号决议'))).toEqual(['resolution A/RES/S-17/2'])
    expect(keys(refs('S', '依照决议案五十四(一九四八)'))).toEqual(['resolution S/RES/54(1948)'])
  })

  it('dates a resolution by 于…获得通过 after it', () => {
    const found = refs('A', '并回顾关于在反恐同时保护人权和基本自由的第 68/178 号决议于 2013 年 12 月 18 日获得通过，')
    expect(found.map((r) => [r.key, r.date])).toEqual([['A/RES/68/178', '2013-12-18']])
  })

  it('counts a resolution cited for its paragraph or annex once, and not the paragraph', () => {
    expect(keys(refs('A', '安全理事会第1483(2003)号决议第19段'))).toEqual(['resolution S/RES/1483(2003)'])
    expect(keys(refs('A', '经济及社会理事会第1997/33号决议附件'))).toEqual(['resolution E/RES/1997/33'])
    expect(keys(refs('CTOC/COP', '缔约方会议第 9/1 号决议附件第 5 段'))).toEqual(['resolution CTOC/COP/RES/9/1'])
  })

  it('ignores numbers that are not cited as resolutions', () => {
    expect(refs('CTOC/COP', '9/1. 建立《联合国打击跨国有组织犯罪公约》及其各项议定书实施情况审议机制')).toEqual([])
    expect(refs('A', '《经济及社会理事会正式记录，2009 年，补编第 8 号》，第一章，C 节。')).toEqual([])
    expect(refs('A', '并请该办公室考虑到 2012-2015 年期间战略')).toEqual([])
  })

  it('reads half-width punctuation, full-width digits and any spacing alike', () => {
    const variants = [
      '回顾其2010年10月22日第5/5号决议,并且',
      '回顾其 2010 年 10 月 22 日第 5/5 号决议，并且',
      '回顾其２０１０年１０月２２日第５／５号决议，并且'
    ]
    for (const v of variants) expect(refs('CTOC/COP', v).map((r) => [r.key, r.date])).toEqual([['CTOC/COP/RES/5/5', '2010-10-22']])
  })
})
