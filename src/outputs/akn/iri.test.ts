import {describe, expect, it} from 'vitest'
import {articleHref, frbrLevels, referenceHref, statementWork, workId} from './iri.js'

describe('FRBR naming', () => {
  it('names resolutions and decisions by body, date where known, and number', () => {
    expect(statementWork('A/RES/69/197', '2014-12-18')).toBe('/akn/un/statement/deliberation/unga/2014-12-18/69-197')
    expect(statementWork('A/RES/68/193')).toBe('/akn/un/statement/deliberation/unga/68-193')
    expect(statementWork('S/RES/1373(2001)')).toBe('/akn/un/statement/deliberation/unsc/1373-2001')
    expect(statementWork('CTOC/COP/DEC/9/1')).toBe('/akn/un/statement/decision/ctoc-cop/9-1')
    expect(statementWork('E/CN.15/RES/22/7')).toBe('/akn/un/statement/deliberation/ccpcj/22-7')
    expect(statementWork('?/RES/15')).toBe('/akn/un/statement/deliberation/unknown/15')
  })

  it('gives the Expression in Chinese and an XML Manifestation of each component', () => {
    expect(frbrLevels('/akn/un/statement/deliberation/unga/68-193', 'annex_1')).toEqual({
      work: {this: '/akn/un/statement/deliberation/unga/68-193/!annex_1', uri: '/akn/un/statement/deliberation/unga/68-193'},
      expression: {this: '/akn/un/statement/deliberation/unga/68-193/zho@/!annex_1', uri: '/akn/un/statement/deliberation/unga/68-193/zho@'},
      manifestation: {this: '/akn/un/statement/deliberation/unga/68-193/zho@/!annex_1.xml', uri: '/akn/un/statement/deliberation/unga/68-193/zho@.akn'}
    })
    expect(workId('/akn/un/statement/deliberation/unga/2014-12-18/69-197')).toBe('statement_deliberation_unga_2014-12-18_69-197')
  })
})

describe('reference hrefs', () => {
  it('points treaty articles at the portion of the treaty\'s Work', () => {
    expect(articleHref('UNTOC/art32/para4')).toBe('/akn/un/act/convention/untoc/!main~art_32__para_4')
    expect(articleHref('UNTOC/art16/para5/b')).toBe('/akn/un/act/convention/untoc/!main~art_16__para_5__point_b')
    expect(articleHref('UNCAC/chap5')).toBe('/akn/un/act/convention/uncac/!main~chp_5')
    expect(articleHref('TIP/art1')).toBe('/akn/un/act/protocol/tip/!main~art_1')
    expect(articleHref('CTOC/COP/RoP/art22')).toBe('/akn/un/act/rules/ctoc-cop/!main~art_22')
    expect(articleHref('OTHER:世界人权宣言/art13')).toBe(`/akn/un/act/other/${encodeURIComponent('世界人权宣言')}/!main~art_13`)
  })

  it('links symbols to undocs.org, paragraphs within the file, other referents under /akn/ontology/', () => {
    expect(referenceHref({kind: 'symbol', key: 'A/69/489', url: null})).toBe('https://undocs.org/zh/A/69/489')
    expect(referenceHref({kind: 'paragraph', key: 'para6', url: null})).toBe('#para_6')
    expect(referenceHref({kind: 'resolution', key: 'A/RES/70/174', url: 'https://undocs.org/zh/A/RES/70/174'})).toBe('/akn/un/statement/deliberation/unga/70-174')
    expect(referenceHref({kind: 'treaty-series', key: 'UNTS/2225/39574', url: null})).toBe('/akn/ontology/un/treaty-series/2225/39574')
    expect(referenceHref({kind: 'sdg', key: 'SDG/16.4', url: null})).toBe('/akn/ontology/un/sdg/16.4')
  })
})
