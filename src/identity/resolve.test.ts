import {describe, expect, it} from 'vitest'
import {resolveIdentity} from './resolve.js'
import type {IdentityInput} from './types.js'

/** Input from lines as printed (already in the analysis form), nothing else known. */
function input(lines: string[], extra: Partial<IdentityInput> = {}): IdentityInput {
  let at = 0
  const out = lines.map((text) => {
    const line = {text, start: at, end: at + text.length}
    at += text.length + 1
    return line
  })
  return {lines: out, mastheadBody: null, headerFields: [], instruments: [], ...extra}
}

const issuer = (lines: string[], extra?: Partial<IdentityInput>) => resolveIdentity(input(lines, extra)).issuer

describe('issuer resolver', () => {
  it('takes the series of the head symbol, deepest known prefix first', () => {
    const id = resolveIdentity(input(['联合国CTOC/COP/2008/INF/1联合国打击跨国有组织犯罪公约缔约方会议Distr.:General']))
    expect([id.issuer, id.symbol, id.evidence[0].kind]).toEqual(['CTOC/COP', 'CTOC/COP/2008/INF/1', 'symbol-series'])
    expect(issuer(['国 际 麻 醉 品 管 制 局 2001 年报告 联合国 纽约,2002 年 E/INCB/2001/1 UNITED NATIONS PUBLICATION'])).toBe('E/INCB')
    expect(issuer(['CEDAW/GR/17 |', 'General recommendation No. 17: |'])).toBe('CEDAW')
    expect(issuer(['A/HRC/27/2', '人权理事会第二十七届会议报告'])).toBe('A/HRC')
    expect(issuer(['E/CN.7/2019/3 Distr.: General'])).toBe('E/CN.7')
    expect(issuer(['CAC/COSP/IRG/2020/2'])).toBe('CAC/COSP/IRG')
    expect(issuer(['A/AC.254/4'])).toBe('A/AC.254')
  })

  it('reads adopting-body lines anywhere, in either script, after leading English or 因此', () => {
    expect(issuer(['外观', '← | 联合国安理会第1262(1999)号决议 |', '安全理事会,', '- 回顾其以往关于西撒哈拉问题的所有决议,'])).toBe('S')
    expect(issuer(['The Economic and Social Council,经济及社会理事会,'])).toBe('E')
    expect(issuer(['Eighth session (1989)', 'The Committee on the Elimination of Discrimination against Women,'])).toBe('CEDAW')
    expect(issuer(['Forty-second session (1993)第四十二届会议(1993年)', 'The Committee on the Elimination of Racial Discrimination,消除种族歧视委员会,'])).toBe('CERD')
    expect(issuer(['因此,麻醉药品委员会,'])).toBe('E/CN.7')
  })

  it('reads captions and meeting formulas', () => {
    expect(issuer(['大会决议', '[根据第三委员会的报告(A/69/489)通过]'])).toBe('A')
    expect(issuer(['[根据第三委员会的报告(A/69/489)通过]'])).toBe('A')
    expect(issuer(['在2014年7月16日第40次全体会议上,经济及社会理事会:'])).toBe('E')
  })

  it('gives ? to a text that is no UN text, whatever it quotes', () => {
    const id = resolveIdentity(input(['第1/2000号行政长官公告', '行政长官根据澳门特别行政区第3/1999号法律第六条第一款著令', '安全理事会,']))
    expect(id.issuer).toBe('?')
    expect(id.evidence.map((e) => e.kind)).toContain('non-un')
    expect(id.numberingBody).toBe('?')
  })

  it('keeps the numbering body apart from the issuer', () => {
    expect(resolveIdentity(input(['A/BUR/69/1'])).numberingBody).toBe('A')
    expect(resolveIdentity(input(['A/AC.254/4'])).numberingBody).toBe('A')
    expect(resolveIdentity(input(['CAC/COSP/IRG/2020/2'])).numberingBody).toBe('CAC/COSP')
    expect(resolveIdentity(input(['安全理事会,'])).numberingBody).toBe('S')
  })

  it('falls back to the body the text names most, as weak evidence', () => {
    const id = resolveIdentity(input(['在总结致辞中,人权理事会主席呼吁各国遏止和预防报复。理事会随后通过了其第二十七届会议报告。']))
    expect([id.issuer, id.evidence.map((e) => e.kind)]).toEqual(['A/HRC', ['named-most']])
  })

  it('records the offsets of each piece of evidence in the input', () => {
    const lines = ['聯合國', '安全理事会,']
    const id = resolveIdentity(input(lines))
    const e = id.evidence.find((x) => x.kind === 'adopting-body')!
    expect(lines.join('\n').slice(e.start!, e.end!)).toBe('安全理事会')
  })

  it('weighs the masthead and the instruments', () => {
    expect(issuer(['一些文字'], {mastheadBody: {text: '联合国打击跨国有组织犯罪公约 缔约方会议', start: 0, end: 20}})).toBe('CTOC/COP')
    expect(issuer(['一些文字'], {instruments: [{key: '?/RES/1', number: '1', adoptedBy: '人权理事会'}]})).toBe('A/HRC')
  })
})
