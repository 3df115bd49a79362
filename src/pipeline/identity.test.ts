import {describe, expect, it} from 'vitest'
import {parseDocument} from './parse-document.js'

const parse = (text: string) => parseDocument(text, {path: 't.txt'})

describe('identity stage', () => {
  it('reads an adopting-body line with a full-width comma, and a Traditional one', () => {
    const doc = parse('第 9/1 号决议\n\n标题\n\n联合国打击跨国有组织犯罪公约缔约方会议，\n\n回顾其各项决定，\n\n1. 决定继续审议。\n')
    expect(doc.identity.evidence.map((e) => [e.kind, e.prefix])).toContainEqual(['adopting-body', 'CTOC/COP'])
    expect(parse('安全理事會，\n\n重申其決議，\n').issuer).toBe('S')
  })

  it('keys an instrument by the resolved issuer where the structure knew none, and says so when the evidence is weak', () => {
    const doc = parse('第625(1988)号决议\n\n安全理事会\n\n注意到秘书长的报告，\n\n1. 重申其第186(1964)号决议；\n')
    expect(doc.instruments.map((i) => i.key)).toEqual(['S/RES/625(1988)'])
    expect(doc.identity.selfKeys).toContain('S/RES/625(1988)')
    const weak = parse('在总结致辞中，人权理事会主席呼吁各国遏止报复。理事会随后通过了其第二十七届会议报告。\n')
    expect([weak.issuer, weak.diagnostics.map((d) => d.ruleId)]).toEqual(['A/HRC', ['reskb:no-structure', 'reskb:issuer-weak']])
    expect(parse('一些文字。\n').diagnostics.map((d) => d.ruleId)).toContain('reskb:issuer-unknown')
  })

  it('gives a gazette issuer ? with an info diagnostic, and reads the published resolution\'s numbers by their shape', () => {
    const doc = parse('第1/2000號行政長官公告\n\n行政長官根據第3/1999號法律第六條第一款著令公佈。\n\n安全理事會，\n\n重申其一九九零年八月二日第660(1990)號決議，\n')
    expect(doc.issuer).toBe('?')
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('reskb:issuer-non-un')
    expect(doc.references.filter((r) => r.kind !== 'footnote').map((r) => r.key)).toEqual(['OTHER:第3/1999号法律/art6/para1', 'S/RES/660(1990)'])
  })
})
