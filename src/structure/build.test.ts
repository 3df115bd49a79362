/**
 * The structure rules on texts written for the test in UN drafting
 * conventions: other bodies, other numbering forms, other layouts.
 */
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../pipeline/parse-document.js'
import {coverageDiff} from '../../test/support/coverage.js'

/** Every parse here must also lose nothing and invent nothing. */
function parse(text: string) {
  const doc = parseDocument(text, {path: 'test.md'})
  expect(coverageDiff(text, doc), 'nothing lost').toEqual({missing: '', extra: ''})
  return doc
}

describe('instruments of other bodies', () => {
  it('ECOSOC resolution with a GA-style heading', () => {
    const doc = parse('2014/17. 刑事事项国际合作\n\n经济及社会理事会，\n\n回顾其各项相关决议，\n\n1. 建议大会通过下列决议草案；\n\n2. 请秘书长提交报告。\n')
    const inst = doc.instruments[0]
    expect([inst.key, inst.title, inst.adoptedBy, inst.preamble.length, inst.operative.map((o) => o.label)]).toEqual([
      'E/RES/2014/17',
      '刑事事项国际合作',
      '经济及社会理事会',
      1,
      ['1', '2']
    ])
    expect(doc.issuer).toBe('E')
  })

  it('Security Council resolution number with its year', () => {
    const doc = parse('# 第 2482 (2019) 号决议\n\n安全理事会，\n\n深为关切恐怖主义与有组织犯罪之间的联系，\n\n1. 吁请会员国加强合作；\n\n2. 决定继续积极处理此案。\n')
    expect(doc.instruments.map((i) => [i.key, i.number, i.preamble.length, i.operative.length])).toEqual([['S/RES/2482(2019)', '2482(2019)', 1, 2]])
  })

  it('a Security Council resolution with a masthead in columns, an adoption line and hard-wrapped lines', () => {
    const doc = parse(
      '联合国                                                    S/RES/2482 (2019)\n\n安全理事会                                                Distr.: General\n\n第 2482 (2019) 号决议\n\n2019 年 7 月 19 日安全理事会第 8582 次会议通过\n\n安全理事会，\n\n回顾其第 1373 (2001) 号\n和第 2462 (2019) 号决议，\n\n深为关切恐怖分子可能从跨国有组织犯罪中获益，\n\n1. 吁请会员国加强合作，\n依照《公约》第十八条提供司法协助；\n\n2. 决定继续积极处理此案。\n'
    )
    expect([doc.meta.body?.text, doc.meta.distribution?.text, doc.meta.other.map((f) => f.text)]).toEqual(['安全理事会', 'Distr.: General', ['联合国', 'S/RES/2482 (2019)']])
    const inst = doc.instruments[0]
    expect([inst.key, inst.title, inst.body.map((p) => p.kind), inst.preamble.length]).toEqual(['S/RES/2482(2019)', null, ['meta'], 2])
    expect(inst.operative.map((o) => o.text)).toEqual(['吁请会员国加强合作，依照《公约》第十八条提供司法协助；', '决定继续积极处理此案。'])
  })

  it('a heading that names the body before the number', () => {
    const doc = parse('人权理事会第 5/1 号决议\n\n人权理事会体制建设\n\n人权理事会，\n\n1. 通过本决议附件所载的案文。\n')
    expect(doc.instruments.map((i) => [i.key, i.title])).toEqual([['A/HRC/RES/5/1', '人权理事会体制建设']])
  })
})

describe('adopting bodies', () => {
  it('a body outside the table still opens the preamble; its key says the body is unknown', () => {
    const doc = parse('第 20/1 号决定\n\n标题\n\n禁止化学武器组织缔约国大会，\n\n回顾其各项决定，\n\n1. 决定继续审议。\n')
    const inst = doc.instruments[0]
    expect([inst.key, inst.adoptedBy, inst.preamble.length, inst.operative.length]).toEqual(['?/DEC/20/1', '禁止化学武器组织缔约国大会', 1, 1])
  })

  it('a decision whose text opens with its meeting: the body is read after it, and there is no preamble', () => {
    const doc = parse('69/512. 某项议程项目的审议\n\n在 2014 年 12 月 18 日第 73 次全体会议上，大会根据第三委员会的建议，决定推迟审议该项目。\n')
    const inst = doc.instruments[0]
    expect([inst.key, inst.kind, inst.adoptedBy, inst.formula?.text.endsWith('决定推迟审议该项目。'), inst.preamble.length]).toEqual(['A/DEC/69/512', 'decision', '大会', true, 0])
  })

  it('an ECOSOC decision with lettered operative paragraphs', () => {
    const doc = parse('2016/245. 某委员会的报告\n\n在 2016 年 7 月 26 日第 41 次全体会议上，经济及社会理事会：\n\n(a) 注意到该委员会的报告；\n\n(b) 核准临时议程。\n')
    const inst = doc.instruments[0]
    expect([inst.key, inst.adoptedBy, inst.operative.map((o) => o.label)]).toEqual(['E/DEC/2016/245', '经济及社会理事会', ['a', 'b']])
  })

  it('a GA decision opened by the body and 决定', () => {
    const doc = parse('70/547. 某项目\n\n大会决定：\n\n(a) 推迟审议该项目；\n\n(b) 将该项目列入下届会议议程。\n')
    expect(doc.instruments.map((i) => [i.key, i.operative.length])).toEqual([['A/DEC/70/547', 2]])
  })

  it('a number alone on its line takes its title from the next', () => {
    const doc = parse('## 70/174.\n\n标题在下一行\n\n大会，\n\n1. 决定继续审议。\n')
    expect(doc.instruments.map((i) => [i.key, i.title])).toEqual([['A/RES/70/174', '标题在下一行']])
  })

  it('a tab after the instrument number is not a table', () => {
    const doc = parse('31/1.\t宗教或信仰自由\n\n人权理事会，\n\n回顾其各项决议，\n\n1. 谴责一切形式的不容忍；\n')
    expect(doc.instruments.map((i) => [i.key, i.title, i.preamble.length, i.operative.length])).toEqual([['A/HRC/RES/31/1', '宗教或信仰自由', 1, 1]])
    expect(doc.tables).toEqual([])
  })

  it('after an adopting-body line, paragraph 1 is operative whatever its verb', () => {
    const doc = parse('第 5/1 号决议\n\n标题\n\n缔约国会议，\n\n1. 设立一个不限成员名额专家组；\n\n2. 请秘书处提供支持。\n')
    expect(doc.instruments[0].operative.map((o) => o.label)).toEqual(['1', '2'])
  })

  it('a resolution in a report keeps its own parts A. and B.', () => {
    const doc = parse('## 一. 通过的决议\n\n### A. 决议\n\n第 7/2 号决议\n\n标题\n\n缔约国会议，\n\nA. 公共部门\n\n1. 请缔约国甲；\n\n2. 请缔约国乙；\n\nB. 私营部门\n\n3. 请缔约国丙；\n\n### B. 决定\n\n第 7/1 号决定\n\n标题\n\n缔约国会议决定：\n\n(a) 甲；\n')
    const res = doc.instruments[0]
    expect([res.key, res.operative.map((o) => o.label), res.body.map((p) => p.text)]).toEqual(['CAC/COSP/RES/7/2', ['1', '2', '3'], ['公共部门', '私营部门']])
    expect(doc.sections[0].children.map((c) => [c.label, c.instruments])).toEqual([
      ['A', ['CAC/COSP/RES/7/2']],
      ['B', ['CAC/COSP/DEC/7/1']]
    ])
  })
})

describe('paragraphs and sub-paragraphs', () => {
  it('roman sub-items nest under the lettered sub-paragraph', () => {
    const doc = parse('第 1/1 号决议\n\n标题\n\n大会，\n\n1. 请各国：\n\n(a) 采取措施：\n\n(i) 第一项；\n\n(ii) 第二项；\n\n(b) 报告。\n')
    const op = doc.instruments[0].operative[0]
    expect(op.children.map((c) => [c.label, c.children.map((g) => g.label)])).toEqual([
      ['a', ['i', 'ii']],
      ['b', []]
    ])
  })

  it('a letter (i) after (h) is the next letter, not a roman numeral', () => {
    const items = 'abcdefghi'.split('').map((l) => `(${l}) 项目${l}；`).join('\n\n')
    const doc = parse(`第 1/2 号决议\n\n标题\n\n大会，\n\n1. 决定：\n\n${items}\n`)
    expect(doc.instruments[0].operative[0].children.map((c) => c.label)).toEqual('abcdefghi'.split(''))
  })

  it('joins a paragraph cut mid-word by a page break with a footnote block, across a setext trap', () => {
    const doc = parse('第 1/3 号决议\n\n标题\n\n大会，\n\n1. 促请各国确\n---\n\n<sup>1</sup> 联合国，《条约汇编》，第 2225 卷，第 39574 号。\n\n保有效实施《公约》<sup>1</sup>；\n\n2. 请秘书长报告。\n')
    const inst = doc.instruments[0]
    expect(inst.operative.map((o) => o.text)).toEqual(['促请各国确保有效实施《公约》；', '请秘书长报告。'])
    expect(inst.operative[0].pieces.length).toBe(2)
    expect(doc.footnotes.map((f) => [f.n, f.markers.length])).toEqual([['1', 1]])
    expect(doc.diagnostics.some((d) => d.ruleId === 'reskb:line-join')).toBe(true)
  })
})

describe('report annexes', () => {
  it('an annex of the report keeps its own chapters, and its recommendation list is found', () => {
    const doc = parse(
      '## 一. 导言\n\n1. 专家组举行了会议。\n\n## 二. 会议安排\n\n2. 会议在维也纳举行。\n\n附件\n\n专家组的建议\n\n一. 导言\n\n1. 专家组在 2019 年 3 月 27 日至 29 日举行的第六次会议上通过了下列建议：\n\n二. 建议\n\n国际合作\n\n(a) 各国应考虑加强合作；\n\n(b) 秘书处应继续提供援助；\n\n技术援助\n\n(c) 联合国毒品和犯罪问题办公室可编写指南。\n'
    )
    expect(doc.sections.map((s) => [s.kind, s.title, s.children.map((c) => [c.kind, c.label])])).toEqual([
      ['chapter', '导言', []],
      ['chapter', '会议安排', []],
      ['annex', '专家组的建议', [['chapter', '1'], ['chapter', '2']]]
    ])
    expect(doc.recommendationLists.map((l) => [l.in, l.annex, l.adoptedBy, l.meeting, l.meetingDates])).toEqual([[null, '附件', '专家组', '第六次会议', ['2019-03-27', '2019-03-29']]])
    expect(doc.recommendationLists[0].items.map((i) => [i.label, i.topic, i.addressees, i.modality])).toEqual([
      ['a', '国际合作', ['States'], 'should-consider'],
      ['b', '国际合作', ['Secretariat'], 'should'],
      ['c', '技术援助', ['UNODC'], 'may']
    ])
  })
})

describe('lists in other layouts', () => {
  it('nests roman sub-items under a lettered list item, and the list stays whole', () => {
    const doc = parse('第 1/9 号决议\n\n标题\n\n大会，\n\n1. 核可本决议附件所载的建议。\n\n附件\n\n工作组通过的建议\n\n工作组通过了下列建议：\n\n(a) 各国应：\n\n(i) 加强合作；\n\n(ii) 交流信息；\n\n(iii) 提供培训；\n\n(b) 秘书处应提供援助。\n')
    const list = doc.recommendationLists[0]
    expect(list.items.map((i) => i.label)).toEqual(['a', 'b'])
    expect(doc.instruments[0].annexes[0].paragraphs.find((p) => p.label === 'a')?.children.map((c) => c.label)).toEqual(['i', 'ii', 'iii'])
    expect(list.endorsedBy).toBe(doc.instruments[0].operative[0].id)
  })

  it('finds the endorsing paragraph in Traditional script', () => {
    const doc = parse('第 1/10 號決議\n\n標題\n\n大會，\n\n1. 核可工作組通過的建議，這些建議載於本決議附件。\n\n附件\n\n工作組通過的建議\n\n1. 各國應當加強合作。\n\n2. 秘書處應當提供援助。\n')
    expect(doc.recommendationLists.map((l) => [l.annex, l.endorsedBy === doc.instruments[0].operative[0].id, l.items.length])).toEqual([['附件', true, 2]])
  })
})

describe('layouts', () => {
  it('links markers to the right definition when each instrument restarts its numbering', () => {
    const one = (n: string) => `第 ${n} 号决议\n\n标题\n\n大会，\n\n回顾其决议<sup>1</sup>，\n\n1. 决定继续审议<sup>1</sup>。\n\n<sup>1</sup> 第 ${n}0 号决议。\n`
    const doc = parse(`${one('1/1')}\n${one('1/2')}`)
    expect(doc.footnotes.map((f) => [f.text, f.markers.map((m) => m.split('/')[1])])).toEqual([
      ['第 1/10 号决议。', ['A-RES-1-1', 'A-RES-1-1']],
      ['第 1/20 号决议。', ['A-RES-1-2', 'A-RES-1-2']]
    ])
  })

  it('takes running headers and page numbers out of a paragraph they cut', () => {
    const doc = parse('第 1/11 号决议\n\n标题\n\n大会，\n\n1. 请各国加强信\n\nE/CN.15/2016/13\n\nV.16-03456\t5/40\n\n息交流；\n\n2. 决定继续审议。\n')
    expect(doc.instruments[0].operative.map((o) => o.text)).toEqual(['请各国加强信息交流；', '决定继续审议。'])
    expect(doc.meta.furniture.map((f) => f.text)).toEqual(['E/CN.15/2016/13', 'V.16-03456\t5/40'])
    expect(doc.references.filter((r) => r.kind === 'symbol')).toEqual([])
  })

  it('takes the issuer from the body line nearest the title on an Official Records cover', () => {
    const doc = parse('# 经济及社会理事会\n\n正式记录，2016 年\n\n# 预防犯罪和刑事司法委员会\n\n## 第二十五届会议的报告\n\n## 一. 导言\n\n1. 委员会回顾其第 22/7 号决议。\n')
    expect([doc.issuer, doc.meta.body?.text]).toEqual(['E/CN.15', '预防犯罪和刑事司法委员会'])
    expect(doc.references.map((r) => r.key)).toEqual(['E/CN.15/RES/22/7'])
  })

  it('reads a masthead set in tab-separated columns', () => {
    const doc = parse('联合国\tA/RES/70/174\n\n大会\tDistr.: General\n\n70/174. 标题\n\n大会，\n\n1. 决定继续审议。\n')
    expect([doc.meta.other.map((f) => f.text), doc.meta.body?.text, doc.tables.length, doc.instruments[0].key]).toEqual([['联合国', 'A/RES/70/174'], '大会', 0, 'A/RES/70/174'])
  })

  it('reads Pandoc-style footnotes', () => {
    const doc = parse('第 1/4 号决议\n\n标题\n\n大会，\n\n回顾其决议[^1]，\n\n1. 决定继续审议。\n\n[^1]: 第 60/1 号决议。\n')
    expect(doc.footnotes.map((f) => [f.n, f.text, f.markers.length])).toEqual([['1', '第 60/1 号决议。', 1]])
    expect(doc.instruments[0].preamble[0].text).toBe('回顾其决议，')
  })

  it('reads a footnote definition whose superscript was lost, only for a cited number', () => {
    const doc = parse('第 1/6 号决议\n\n标题\n\n大会，\n\n回顾其决议<sup>2</sup>，\n\n---\n\n2 第 60/1 号决议。\n\n1. 决定继续审议。\n\n3 个会员国提交了报告。\n')
    expect(doc.footnotes.map((f) => [f.n, f.marker, f.text, f.markers.length])).toEqual([['2', '2', '第 60/1 号决议。', 1]])
    expect(doc.instruments[0].body.map((p) => p.text)).toEqual(['3 个会员国提交了报告。'])
  })

  it('joins an instrument title wrapped onto a second line', () => {
    const doc = parse('第 1/7 号决议\n\n加强联合国预防犯罪和刑事司法方案，\n特别是其技术合作能力\n\n大会，\n\n回顾其决议，\n\n1. 决定继续审议。\n')
    const inst = doc.instruments[0]
    expect([inst.title, inst.adoptedBy, inst.preamble.length]).toEqual(['加强联合国预防犯罪和刑事司法方案，特别是其技术合作能力', '大会', 1])
  })

  it('reads a tab after a paragraph label as a separator, not a table', () => {
    const doc = parse('第 1/8 号决议\n\n标题\n\n大会，\n\n1.\t决定继续审议；\n\n(a)\t第一项；\n\n2.\t请秘书长报告。\n')
    const inst = doc.instruments[0]
    expect(inst.operative.map((o) => [o.label, o.text, o.children.map((c) => c.text)])).toEqual([
      ['1', '决定继续审议；', ['第一项；']],
      ['2', '请秘书长报告。', []]
    ])
    expect(doc.tables).toEqual([])
  })

  it('treats lone CR line ends and lines of NBSP or ideographic spaces as blank', () => {
    const doc = parse('第 1/5 号决议\r\r标题\r\u00a0\r大会，\r\u3000\r回顾其决议，\r\r1. 决定继续审议。\r')
    const inst = doc.instruments[0]
    expect([inst.title, inst.adoptedBy, inst.preamble.length, inst.operative.length]).toEqual(['标题', '大会', 1, 1])
  })

  it('keeps closing date and meeting lines as the instrument\'s closing lines, not as its text', () => {
    const doc = parse('69/1. 标题\n\n大会，\n\n1. 决定继续审议。\n\n2014 年 12 月 18 日  \n第 73 次全体会议\n')
    const inst = doc.instruments[0]
    expect(inst.body.map((p) => [p.kind, p.text])).toEqual([['closing', '2014 年 12 月 18 日'], ['closing', '第 73 次全体会议']])
    expect(inst.operative.map((o) => o.text)).toEqual(['决定继续审议。'])
  })
})
