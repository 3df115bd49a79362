/** SPEC v2 reference rules: older and other forms, articles of any instrument, anaphors. */
import {describe, expect, it} from 'vitest'
import {keys, refs} from './testing/helpers.js'

const kinds = (issuer: string, kind: string, ...texts: string[]) => keys(refs(issuer, ...texts).filter((r) => r.kind === kind))

describe('older Security Council and General Assembly forms', () => {
  it('reads Chinese numerals, the year as Arabic and the session as Roman', () => {
    expect(kinds('S', 'resolution', '回顾安全理事会決議案五十四(一九四八)'.replace('決議', '决议'))).toEqual(['resolution S/RES/54(1948)'])
    expect(kinds('A', 'resolution', '大会决议案三十二(一)所载')).toEqual(['resolution A/RES/32(I)'])
    expect(kinds('A', 'resolution', '依照大会决议案一百八十一(二)')).toEqual(['resolution A/RES/181(II)'])
  })

  it('reads Roman sessions with or without a space and a letter before them', () => {
    expect(kinds('A', 'resolution', '回顾大会1962年12月14日第1803 (XVII)号决议')).toEqual(['resolution A/RES/1803(XVII)'])
    expect(kinds('A', 'resolution', '又回顾其1970年10月24日第2625(XXV)号决议核可了')).toEqual(['resolution A/RES/2625(XXV)'])
    const found = refs('A', '回顧大會1950年11月3日題為「聯合一致共策和平」的第377A(V)號決議'.replace(/[顧會題為號決議]/g, (c) => ({顧: '顾', 會: '会', 題: '题', 為: '为', 號: '号', 決: '决', 議: '议'})[c]!))
    expect(found.map((r) => [r.key, r.date])).toEqual([['A/RES/377A(V)', '1950-11-03']])
  })

  it('reads special and emergency special sessions', () => {
    expect(kinds('E/CN.7', 'resolution', '大会第S-17/2号决议附件所载的《政治宣言》')).toEqual(['resolution A/RES/S-17/2'])
    expect(kinds('A', 'resolution', '联合国大会第ES-11/1号决议通过后')).toEqual(['resolution A/RES/ES-11/1'])
  })

  it('reads a resolution described between its number and 决议', () => {
    const text = '联合国安全理事会于一九九零年八月六日通过的第661(1990)号关于伊拉克与科威特之间的情况的决议'
    const found = refs('?', text)
    expect(found.map((r) => [r.key, r.date, r.surface])).toEqual([['S/RES/661(1990)', '1990-08-06', text.slice('联合国'.length)]])
  })

  it('keeps a list broken by a bracketed symbol together', () => {
    expect(kinds('S', 'resolution', '回顾其第1234(2005)号(S/2005/1)和第1250(2005)号决议')).toEqual(['resolution S/RES/1234(2005)', 'resolution S/RES/1250(2005)'])
  })
})

describe('其 and bodies outside the table', () => {
  it('takes the body named nearest before 其 in the sentence', () => {
    expect(kinds('CTOC/COP', 'resolution', '注意到大会在其第68/193号决议中')).toEqual(['resolution A/RES/68/193'])
    expect(kinds('A', 'resolution', '还回顾其1974年12月14日第3314(XXIX)号决议,其中对侵略的定义是')).toEqual(['resolution A/RES/3314(XXIX)'])
  })

  it('gives ? to a congress or conference that has no prefix', () => {
    expect(kinds('E/CN.15', 'resolution', '回顾第八届联合国预防犯罪和罪犯待遇大会通过的第15号决议')).toEqual(['resolution ?/RES/15'])
    expect(kinds('E', 'resolution', '联合国人类环境会议在其第3号决议中')).toEqual(['resolution ?/RES/3'])
  })

  it('lets the number\'s shape decide when the issuer is unknown', () => {
    expect(kinds('?', 'resolution', '重申其一九九零年八月二日第660(1990)号决议')).toEqual(['resolution S/RES/660(1990)'])
  })
})

describe('articles of instruments named without 《》', () => {
  it('reads the Charter by name and its 第N项 as a paragraph', () => {
    expect(kinds('S', 'article', '建议大会依照宪章第九十三条第二项之规定')).toEqual(['article CHARTER/art93/para2'])
    expect(kinds('S', 'article', '接受联合国会员国依宪章第九十四条所负之一切义务')).toEqual(['article CHARTER/art94'])
    expect(kinds('S', 'article', '认识到安全理事会根据联合国宪章第二十四条所负的首要责任')).toEqual(['article CHARTER/art24'])
    expect(kinds('A', 'article', '又回顾《宪章》第二条第二项规定的义务')).toEqual(['article CHARTER/art2/para2'])
    expect(kinds('CTOC/COP', 'article', '根据公约第32条设立了缔约方会议')).toEqual(['article UNTOC/art32'])
  })

  it('keys laws and treaties outside the table as OTHER:<short title>', () => {
    expect(kinds('?', 'article', '行政长官根据澳门特别行政区第3/1999号法律第六条第一款著令')).toEqual(['article OTHER:第3/1999号法律/art6/para1'])
    expect(kinds('E', 'article', '和《儿童权利公约》, 特别是其中第33条,')).toEqual(['article OTHER:儿童权利公约/art33'])
    expect(kinds('CEDAW', 'article', '铭记《消除对妇女一切形式歧视公约》第十一条,')).toEqual(['article OTHER:消除对妇女一切形式歧视公约/art11'])
    expect(kinds('A', 'article', '《世界人权宣言》第十三条')).toEqual(['article OTHER:世界人权宣言/art13'])
  })

  it('reads the rules of procedure of any body', () => {
    expect(kinds('A', 'article', '依照大会议事规则第83条')).toEqual(['article A/RoP/art83'])
    expect(kinds('S', 'article', '根据安理会暂行议事规则第三十九条发出邀请')).toEqual(['article S/RoP/art39'])
    expect(kinds('CTOC/COP', 'article', '根据议事规则第22条')).toEqual(['article CTOC/COP/RoP/art22'])
  })

  it('reads sub-paragraph letters in every form', () => {
    expect(kinds('CTOC/COP', 'article', '《公约》第十六条第五款第(二)项')).toEqual(['article UNTOC/art16/para5/b'])
    expect(kinds('CTOC/COP', 'article', '《公约》第十八条第三款(甲)项')).toEqual(['article UNTOC/art18/para3/a'])
    expect(kinds('CTOC/COP', 'article', '《公约》第十八条第三款(丑)项')).toEqual(['article UNTOC/art18/para3/b'])
    expect(kinds('CTOC/COP', 'article', '《公约》第5条第4(b)款')).toEqual(['article UNTOC/art5/para4/b'])
  })

  it('reads 本条第N款 inside a treaty\'s own article as a paragraph of that article', () => {
    expect(kinds('A', 'article', '《联合国打击跨国有组织犯罪公约》', '第五条 参加有组织犯罪集团行为的刑事定罪', '2. 本条第1款所指的明知、故意、目标、宗旨或者约定可以从客观实际情况推定。')).toEqual(['article UNTOC/art5/para1'])
  })

  it('takes the convention the issuer serves for a bare 《公约》, over a protocol mentioned in passing', () => {
    expect(kinds('CAC/COSP', 'article', '《公约》第六十三条')).toEqual(['article UNCAC/art63'])
    expect(kinds('CAC/COSP', 'article', '另见《枪支议定书》。', '《公约》第五条')).toEqual(['article UNCAC/art5'])
    expect(kinds('CERD', 'article', '《公约》第五条')).toEqual(['article OTHER:消除一切形式种族歧视国际公约/art5'])
  })

  it('does not read a treaty\'s own article heading or a section of a symbol as a citation', () => {
    expect(kinds('A', 'article', '《联合国宪章》', '第一条 宗旨')).toEqual([])
    expect(kinds('S', 'article', '依照宪章第九十四条', '根据ST/AI/189/Add.9/Rev.2第2条(仅供英文版)')).toEqual(['article CHARTER/art94'])
  })
})

describe('pinpoints and symbols', () => {
  it('gives no paragraph reference for a pinpoint in a cited document', () => {
    expect(kinds('S', 'paragraph', '确定伊拉克迄今未遵守第660(1990)号决议第2段的规定')).toEqual([])
    expect(kinds('A', 'paragraph', '上述决议第5段')).toEqual([])
    expect(kinds('S', 'paragraph', '请秘书长根据执行部分第1段')).toEqual(['paragraph para1'])
  })

  it('reads UN-system symbols in their own forms', () => {
    expect(kinds('A', 'symbol', '审查S/Agenda/8979号文件所载的问题')).toEqual(['symbol S/Agenda/8979'])
    expect(kinds('A', 'symbol', '主席声明(S/PRST/2006/41)')).toEqual(['symbol S/PRST/2006/41'])
    expect(kinds('A', 'symbol', '见新闻稿SC/7791-IK/365')).toEqual(['symbol SC/7791', 'symbol IK/365'])
    expect(kinds('E', 'symbol', '麻管局报告(E/INCB/2001/1)')).toEqual(['symbol E/INCB/2001/1'])
    expect(kinds('A', 'symbol', '决议草案A/ES-11/L.1')).toEqual(['symbol A/ES-11/L.1'])
    expect(kinds('A', 'symbol', '报告(A/AC.\n260/2)')).toEqual(['symbol A/AC.260/2'])
  })
})
