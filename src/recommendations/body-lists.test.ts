/**
 * Recommendation lists that a treaty body adopts in the body of a general
 * recommendation, on texts written in the styles of the committees' bitexts.
 */
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../pipeline/parse-document.js'
import {generalRecommendationKey} from './body-lists.js'

const parse = (text: string) => parseDocument(text, {path: 'gr.txt'})

describe('lists in the body of a general recommendation', () => {
  it('reads a Chinese list after the recommending formula, with the committee and its session', () => {
    const doc = parse(
      'CRC/GR/5\n\n第5号一般性建议\n\n第三十届会议(2002年)\n\n儿童权利委员会,\n\n回顾《儿童权利公约》第四条,\n\n建议缔约国:\n\n(a) 鼓励设立独立的国家人权机构;\n\n(b) 应考虑为儿童设立申诉机制;\n'
    )
    const [list] = doc.recommendationLists
    expect([list.in, list.annex, list.adoptedBy, list.meeting]).toEqual(['CRC/GR/5', null, '儿童权利委员会', '第三十届会议'])
    expect(list.items.map((i) => [i.label, i.addressees, i.modality])).toEqual([
      ['a', ['StatesParties'], 'encouraged'],
      ['b', ['StatesParties'], 'should-consider']
    ])
  })

  it('takes each Chinese item of a bitext, and the English where the Chinese is missing', () => {
    const doc = parse(
      'General recommendation No. 9:\n\nSeventh session (1988)\n\nThe Committee on the Elimination of Discrimination against Women,\n\nRecommends to the States parties that:\n\n1. They should consider collecting statistics on the situation of women;\n\n1. 考虑收集关于妇女状况的统计资料;\n\n2. They should be encouraged to report on the measures taken;\n'
    )
    const [list] = doc.recommendationLists
    expect([list.in, list.adoptedBy, list.meeting]).toEqual(['CEDAW/GR/9', 'Committee on the Elimination of Discrimination against Women', 'Seventh session'])
    expect(list.items.map((i) => [i.label, i.text.slice(0, 4), i.modality])).toEqual([
      ['1', '考虑收集', 'should-consider'],
      ['2', 'They', 'encouraged']
    ])
  })

  it('takes a numbered recommending paragraph as the first item, its lettered purposes not as items', () => {
    const doc = parse('消除种族歧视委员会,\n\n1. 建议各缔约国设立国家机构,其目的如下:\n\n(a) 促进尊重人权;\n\n(b) 审查政府政策;\n\n2. 又建议各缔约国在报告中说明情况。\n')
    const [list] = doc.recommendationLists
    expect(list.items.map((i) => [i.label, i.modality])).toEqual([
      ['1', 'other'],
      ['2', 'other']
    ])
  })

  it('finds no list in a text whose recommending verb opens no list', () => {
    expect(parse('消除种族歧视委员会,\n\n注意到各缔约国的报告,\n\n委员会建议继续审议这一问题。\n').recommendationLists).toEqual([])
  })

  it('names the general recommendation by its printed symbol, else by its number and the committee', () => {
    expect(generalRecommendationKey(['CEDAW/GR/17 |'], null)).toBe('CEDAW/GR/17')
    expect(generalRecommendationKey(['General recommendation XVII on national institutions'], '消除种族歧视委员会')).toBe('CERD/GR/17')
    expect(generalRecommendationKey(['第十三号一般性建议'], 'Committee on the Elimination of Discrimination against Women')).toBe('CEDAW/GR/13')
    expect(generalRecommendationKey(['第十三号一般性建议'], null)).toBeNull()
  })
})
