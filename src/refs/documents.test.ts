import {describe, expect, it} from 'vitest'
import {keys, refs} from './testing/helpers.js'

describe('document symbols', () => {
  it('reads a symbol with its offsets and drops spaces inside it', () => {
    const text = '[根据第三委员会的报告(A/69/489)通过]'
    const found = refs('A', text)
    const at = text.indexOf('A/69')
    expect(found.map((r) => [r.kind, r.key, r.start, r.end])).toEqual([['symbol', 'A/69/489', at, at + 8]])
    expect(keys(refs('A', '《…大会的报告，2001 年 7 月 9 日至 20 日，纽约》(A/CONF. 192/15)，第四章，第 24 段。'))).toEqual(['symbol A/CONF.192/15'])
    expect(keys(refs('CTOC/COP', '通过了一份决议草案（CTOC/COP/2018/L.4/Rev.1）。'))).toEqual(['symbol CTOC/COP/2018/L.4/Rev.1'])
    expect(keys(refs('CTOC/COP', '与会者名单载于 CTOC/COP/2018/INF/2/Rev.2 号文件。'))).toEqual(['symbol CTOC/COP/2018/INF/2/Rev.2'])
  })

  it('splits combined symbols joined by a hyphen or an en dash', () => {
    for (const dash of ['-', '–']) {
      const found = refs('CTOC/COP', `CTOC/COP/WG.2/2022/4${dash}CTOC/COP/WG.3/2022/4，第 8 段。`)
      expect(keys(found)).toEqual(['symbol CTOC/COP/WG.2/2022/4', 'symbol CTOC/COP/WG.3/2022/4'])
      expect(found[1].rule).toBe('symbol-combined')
    }
  })

  it('adds corrigenda and addenda printed after the symbol', () => {
    expect(keys(refs('A', '见 E/CN.15/2014/19 和 Corr. 1。'))).toEqual(['symbol E/CN.15/2014/19', 'symbol E/CN.15/2014/19/Corr.1'])
    const found = refs('CTOC/COP', 'A/60/88和Corr.2，附件；另见大会第60/519号决定。')
    expect(keys(found)).toEqual(['symbol A/60/88', 'symbol A/60/88/Corr.2', 'decision A/DEC/60/519'])
    expect(found[1].surface).toBe('A/60/88和Corr.2')
    const adds = keys(refs('CTOC/COP', '通过了报告（CTOC/COP/2018/L.1 和 L.1/Add.1–Add.11）。'))
    expect(adds).toEqual([
      'symbol CTOC/COP/2018/L.1',
      ...Array.from({length: 11}, (_, i) => `symbol CTOC/COP/2018/L.1/Add.${i + 1}`)
    ])
  })

  it('reports a resolution symbol as the resolution', () => {
    expect(keys(refs('A', '见 A/RES/69/197 和 S/RES/1373 (2001)。'))).toEqual(['resolution A/RES/69/197', 'resolution S/RES/1373(2001)'])
  })
})

describe('Treaty Series and ibid.', () => {
  it('gives one reference per volume', () => {
    const text = '联合国，《条约汇编》，第2225、2237、2241和2326卷，第39574号。'
    const found = refs('CTOC/COP', `fn:1 ${text}`)
    expect(keys(found)).toEqual(['UNTS/2225/39574', 'UNTS/2237/39574', 'UNTS/2241/39574', 'UNTS/2326/39574'].map((k) => `treaty-series ${k}`))
    expect(found[0].surface).toBe('联合国，《条约汇编》，第2225、2237、2241和2326卷，第39574号')
  })

  it('reads 同上 after a Treaty Series footnote, and with no footnote before', () => {
    const found = refs('A', 'fn:1 联合国，《条约汇编》，第 2225 卷，第 39574 号。', 'fn:2 同上，第 976 卷，第 14152 号。')
    expect(found.map((r) => [r.key, r.rule])).toEqual([
      ['UNTS/2225/39574', 'unts'],
      ['UNTS/976/14152', 'ibid-unts']
    ])
    expect(found[1].surface).toBe('同上，第 976 卷，第 14152 号')
    expect(keys(refs('CTOC/COP', 'fn:1 同上，第2225卷，第39574号。'))).toEqual(['treaty-series UNTS/2225/39574'])
  })

  it('does not read 同上 as the Treaty Series after another source', () => {
    expect(refs('A', 'fn:1 《某年鉴》，第 1 卷。', 'fn:2 同上，第 5 卷，第 10 号。')).toEqual([])
  })

  it('keeps the list of a footnote apart from the resolution after it', () => {
    expect(keys(refs('A', 'fn:18 联合国，《条约汇编》，第 1577、2171 和 2173 卷，第 27531 号；第 66/138 号决议，附件。'))).toEqual([
      'treaty-series UNTS/1577/27531',
      'treaty-series UNTS/2171/27531',
      'treaty-series UNTS/2173/27531',
      'resolution A/RES/66/138'
    ])
  })
})

describe('sales numbers', () => {
  it('reads the base number; a volume note stays in the surface only', () => {
    const found = refs('A', '《世界文书》(联合国出版物，出售品编号：C.02.XIV.4(Vol. I, Part 1))，J节，第34号。')
    expect(found.map((r) => [r.key, r.surface])).toEqual([['Sales/C.02.XIV.4', '出售品编号：C.02.XIV.4(Vol. I, Part 1)']])
    expect(keys(refs('CTOC/COP', '联合国出版物，出售品编号：E.05.V.2。'))).toEqual(['sales-number Sales/E.05.V.2'])
    expect(keys(refs('CTOC/COP', '联合国出版物,出售品编号:E.86.IV.1'))).toEqual(['sales-number Sales/E.86.IV.1'])
  })
})

describe('SDG', () => {
  it('reads targets, indicators and goals', () => {
    expect(keys(refs('CTOC/COP', '铭记《2030 年可持续发展议程》及其具体目标 16.4，其中涉及'))).toEqual(['sdg SDG/16.4'])
    expect(keys(refs('CTOC/COP', '根据《可持续发展目标》指标 16.4.2 提交的报告'))).toEqual(['sdg SDG/16.4.2'])
    const goals = refs('CTOC/COP', '需要实现可持续发展目标 16（“促进和平”）。该发言者重申，为了实现目标 16，必须')
    expect(goals.map((r) => [r.key, r.surface])).toEqual([
      ['SDG/16', '可持续发展目标 16'],
      ['SDG/16', '目标 16']
    ])
  })

  it('expands lists of goals and targets', () => {
    expect(keys(refs('A', '实现可持续发展目标 5、10 和 16 以及具体目标 16.4 和 16.a'))).toEqual([
      'sdg SDG/5',
      'sdg SDG/10',
      'sdg SDG/16',
      'sdg SDG/16.4',
      'sdg SDG/16.a'
    ])
  })

  it('does not read other goals as SDGs', () => {
    expect(refs('CTOC/COP', '以推进实现《公约》的各项目标。')).toEqual([])
    expect(refs('CTOC/COP', '实现目标 3 需要')).toEqual([])
  })
})

describe('paragraphs of the same text', () => {
  it('reads paragraph references and lists', () => {
    const found = refs('CTOC/COP', '根据本程序和规则的第 28 和 29 段，每年将选定')
    expect(found.map((r) => [r.key, r.surface])).toEqual([
      ['para28', '本程序和规则的第 28 和 29 段'],
      ['para29', '本程序和规则的第 28 和 29 段']
    ])
    expect(keys(refs('A', '又请秘书长在上文第 52 段所述报告中载列资料'))).toEqual(['paragraph para52'])
    expect(keys(refs('CTOC/COP', '在审议机制程序和规则第 42 段所载的最终折衷'))).toEqual(['paragraph para42'])
    expect(keys(refs('CTOC/COP', '以及本决议附件（包括其第 54 段）所载的'))).toEqual(['paragraph para54'])
  })

  it('leaves out pinpoints in other documents', () => {
    expect(keys(refs('CTOC/COP', 'CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4，第 8 和第 10 段。'))).toEqual([
      'symbol CTOC/COP/WG.2/2022/4',
      'symbol CTOC/COP/WG.3/2022/4'
    ])
    expect(keys(refs('A', 'fn:3 同上，第 5 段。'))).toEqual([])
    expect(keys(refs('A', '该决议第 5 段'))).toEqual([])
  })

  it('leaves out sessions, meetings, sections, years and agenda items', () => {
    const text =
      '缔约方会议在 2018 年 10 月 16 日第 3 和第 4 次会议上审议了议程项目 1(f)，第二节和第五节 C 小节，包含筹备阶段（第 1 年和第 2 年），缔约方会议第八届会议'
    expect(refs('CTOC/COP', text)).toEqual([])
  })
})
