import {describe, expect, it} from 'vitest'
import {extractReferences} from '../refs/index.js'
import {headSymbol, identityOccurrences, readsAsLabel} from './self-keys.js'

/** Units as lines; returns the keys kept after the identity filter, and the self-keys. */
function kept(lines: string[], selfKeys: string[] = []): {kept: string[]; selfKeys: string[]} {
  const units = lines.map((text, i) => ({id: `u${i}`, text}))
  const found = extractReferences(units, {issuer: 'S'})
  const r = identityOccurrences(
    found.map((f) => ({kind: f.kind, key: f.key, unit: f.unitId, start: f.start, end: f.end})),
    units.map((u) => ({...u, label: readsAsLabel(u.text)})),
    selfKeys
  )
  return {kept: found.filter((_, i) => !r.drop[i]).map((f) => f.key), selfKeys: r.selfKeys}
}

describe('self-keys', () => {
  it('reads a heading that is only a resolution\'s name as the text\'s own number, and its neighbours as navigation', () => {
    const r = kept([
      '联合国安理会第353号决议',
      '← | 联合国安理会第352号决议 | 联合国安理会第353号决议 1974年7月20日 |',
      '联合国安理会第354号决议 |',
      '回顾一九六四年三月四日安全理事会第186(1964)号决议和其后安全理事会关于这一问题的各项决议,'
    ])
    expect(r.kept).toEqual(['S/RES/186(1964)'])
    expect(r.selfKeys).toEqual(['S/RES/353'])
  })

  it('drops navigation printed in full citation form next to a meeting line', () => {
    const r = kept(['联合国安理会第1263号决议', '← | 联合国安理会第1262(1999)号决议 | 联合国安理会第1263(1999)号决议 1999年9月13日安全理事会第4044次会议通过 | 联合国安理会第1264(1999)号决议 |'])
    expect(r.kept).toEqual([])
  })

  it('keeps the text\'s own number where running prose cites it', () => {
    const r = kept(['著令公布联合国安全理事会于一九九零年八月六日通过的第661(1990)号关于伊拉克与科威特之间的情况的决议,该决议的正式中文文本', '联合国安全理事会第661号决议'])
    expect(r.kept).toEqual(['S/RES/661(1990)'])
  })

  it('reads a web page\'s metadata field about the text as its own number', () => {
    const r = kept(['通过日期 1990年12月14日 大会第45/123号决议通过', '回顾大会第44/25号决议,'])
    expect(r.kept).toEqual(['A/RES/44/25'])
    expect(r.selfKeys).toEqual(['A/RES/45/123'])
  })

  it('drops the head symbol where it labels, keeps it where prose cites it', () => {
    expect(kept(['CEDAW/GR/17 |', 'CEDAW/GR/17 |'], ['CEDAW/GR/17']).kept).toEqual([])
    expect(kept(['E/RES/2003/41 努力制止将非医疗使用药物合法化的趋势'], ['E/RES/2003/41']).kept).toEqual([])
    expect(kept(['本说明载于CTOC/COP/2008/INF/1,供参考。'], ['CTOC/COP/2008/INF/1']).kept).toEqual(['CTOC/COP/2008/INF/1'])
  })

  it('finds the head symbol in a masthead field or before the first sentence, not in a citation', () => {
    const line = (text: string) => ({text, start: 0, end: text.length})
    expect(headSymbol([line('A/ES-11/L.1')], [])?.key).toBe('A/ES-11/L.1')
    expect(headSymbol([], [line('联合国CTOC/COP/2008/INF/1联合国打击跨国有组织犯罪公约缔约方会议')])?.key).toBe('CTOC/COP/2008/INF/1')
    expect(headSymbol([], [line('安全理事会,'), line('欢迎秘书长1999年9月8日的报告(S/1999/954)')])).toBeUndefined()
    expect(headSymbol([], [line('理事会随后通过了其第二十七届会议报告。'), line('In a resolution (A/HRC/27/L.1) on enforced disappearances')])).toBeUndefined()
  })
})
