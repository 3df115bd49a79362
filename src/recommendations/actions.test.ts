import {describe, expect, it} from 'vitest'
import {ACTIONS, LEAD_VERBS, operativeAction, preambleLead} from './actions.js'
import {operativeHeads, preambles} from './testing/gold.js'

describe('operativeAction', () => {
  it.each([
    ['又请秘书处在现有资源范围内', '又请', 'requests'],
    ['再次请联合国毒品和犯罪问题办公室', '再次请', 'requests'],
    ['并请联合国毒品和犯罪问题办公室', '并请', 'requests'],
    ['赞赏地注意到各工作组在按照其工作计划', '赞赏地注意到', 'notes'],
    ['表示注意到秘书长依照大会第 68/193 号决议编写的报告', '表示注意到', 'takes-note'],
    ['注意到 2014年3月2日', '注意到', 'notes'],
    ['强烈鼓励会员国依照本国立法', '强烈鼓励', 'encourages'],
    ['还鼓励《枪支议定书》缔约国', '还鼓励', 'encourages'],
    ['核可技术援助问题政府专家工作组', '核可', 'endorses'],
    ['又核可2018年10月16日举行的国际合作工作组第十次会议通过的决议', '又核可', 'endorses'],
    ['促请《枪支议定书》缔约国', '促请', 'calls-upon'],
    ['吁请每个缔约国指定一个联络点', '吁请', 'calls-upon'],
    ['敦促尚未批准或加入《联合国打击跨国有组织犯罪公约》', '敦促', 'urges'],
    ['决定请秘书处向缔约方会议', '决定', 'decides'],
    ['又决定各工作组应继续全面', '又决定', 'decides'],
    ['重申其第3/2号决定', '重申', 'reaffirms'],
    ['强调必须保护属于弱势群体', '强调', 'stresses'],
    ['强调指出 2015年后发展议程应适当考虑', '强调指出', 'stresses'],
    ['酌情邀请国际和区域组织、', '酌情邀请', 'invites'],
    ['邀请缔约国考虑在自愿的基础上', '邀请', 'invites'],
    ['建议会员国根据本国的具体情况', '建议', 'recommends'],
    ['提请注意秘书长关于联合国预防犯罪和刑事司法方案任务执行情况', '提请注意', 'draws-attention'],
    ['表示关切联合国毒品和犯罪问题办公室的总体财务情况', '表示关切', 'concern'],
    ['要求将拨给缔约方会议的资源', '要求', 'requests']
  ])('%s → %s (%s)', (text, phrase, action) => {
    expect(operativeAction(text)).toEqual({phrase, action, start: 0})
  })

  it('finds the verb after a leading adverbial, with full- or half-width comma', () => {
    for (const text of ['以本决议的规定为准，通过本决议附件所载的', '以本决议的规定为准,通过本决议附件所载的']) {
      const r = operativeAction(text)
      expect(r).toMatchObject({phrase: '通过', action: 'adopts'})
      expect(text.slice(r.start, r.start + r.phrase.length)).toBe('通过')
    }
  })

  it('tolerates leftover bold markup and spaces before the verb', () => {
    const text = '**表示注意到**秘书长依照大会'
    const r = operativeAction(text)
    expect(r.action).toBe('takes-note')
    expect(text.slice(r.start, r.start + r.phrase.length)).toBe('表示注意到')
  })

  it('gives other, with an empty phrase, for a verb outside the table', () => {
    expect(operativeAction('据悉有关各方已经')).toEqual({phrase: '', action: 'other', start: 0})
  })

  it('classifies every operative paragraph of the gold (no other)', () => {
    const heads = operativeHeads()
    expect(heads.length).toBeGreaterThan(120)
    const others: string[] = []
    for (const o of heads) {
      const r = operativeAction(o.head)
      if (r.action === 'other') others.push(`${o.instrument} ${o.label} ${o.head}`)
      else expect(o.head.slice(r.start, r.start + r.phrase.length)).toBe(r.phrase)
    }
    if (others.length) console.log('operative heads with action other:\n' + others.join('\n'))
    expect(others).toEqual([])
  })
})

describe('preambleLead', () => {
  it.each([
    ['还回顾其2004年7月7日第1/2号决定', '还回顾', 'recalls'],
    ['就此还回顾 2010 年 10 月 22 日', '就此还回顾', 'recalls'],
    ['赞赏地欢迎有些国家最近加入和批准', '赞赏地欢迎', 'welcomes'],
    ['深为关切的是，在一些情况中', '深为关切', 'concern'],
    ['表示深为关切地注意到与性别有关的杀害妇女和女童行为', '表示深为关切地注意到', 'notes'],
    ['表示深为关切环境犯罪活动', '表示深为关切', 'concern'],
    ['重申关切联合国毒品和犯罪问题办公室的总体财务状况', '重申关切', 'concern'],
    ['重申《公约》及其各项议定书的目标', '重申', 'reaffirms'],
    ['再次谴责所有形式暴力侵害妇女和女童行为', '再次谴责', 'condemns'],
    ['着重指出，尽管在一些情况中', '着重指出', 'emphasizes'],
    ['铭记《2030 年可持续发展议程》', '铭记', 'bears-in-mind'],
    ['考虑到经济及社会理事会所有相关决议', '考虑到', 'considers'],
    ['深信法治与发展密切关联', '深信', 'convinced'],
    ['意识到有必要确保普遍加入', '意识到', 'aware'],
    ['期望即将举行的第十三届联合国预防犯罪和刑事司法大会', '期望', 'expects'],
    ['承认枪支问题工作组充当专家和主管机关的有益网络', '承认', 'acknowledges'],
    ['认识到开展警察合作', '认识到', 'recognizes']
  ])('%s → %s (%s)', (text, phrase, action) => {
    expect(preambleLead(text)).toEqual({phrase, action, start: 0})
  })

  it('classifies every preambular paragraph of the corpus (no other)', () => {
    const all = preambles()
    // the extraction is right: as many paragraphs as the gold counts
    for (const p of all) expect(p.paragraphs.length, p.file).toBe(p.expected)
    const others = all.flatMap((p) => p.paragraphs.filter((t) => preambleLead(t).action === 'other'))
    if (others.length) console.log('preambles with action other:\n' + others.map((t) => t.slice(0, 20)).join('\n'))
    expect(others).toEqual([])
  })
})

describe('LEAD_VERBS', () => {
  it('maps Chinese phrases into the documented closed set', () => {
    for (const [phrase, action] of Object.entries(LEAD_VERBS)) {
      expect(phrase).toMatch(/^[\u4e00-\u9fff]+$/)
      expect(ACTIONS).toContain(action)
    }
  })
})
