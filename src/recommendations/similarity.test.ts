import {describe, expect, it} from 'vitest'
import {DEFAULT_THRESHOLD, features, pairwise, similarItems, words} from './similarity.js'
import {recommendationItems} from './testing/gold.js'

const items = recommendationItems().map((it) => ({id: it.id, text: it.text}))
const textOf = (id: string) => items.find((it) => it.id === id)!.text

describe('words', () => {
  it('gives Chinese content words without punctuation, numbers or stop tokens', () => {
    const ws = words('各国应当考虑确保中央机关对请求实行质量控制，包括在翻译和证明文件方面。')
    expect(ws).toEqual(expect.arrayContaining(['各国', '中央', '机关', '质量', '控制', '翻译', '文件']))
    for (const stop of ['应当', '考虑', '的', '和', '包括', '在', '，', '。']) expect(ws).not.toContain(stop)
    expect(words('《有组织犯罪公约》第十八条第二十六款, 2014年10月8日')).not.toContain('2014')
  })

  it('drops footnote markup', () => {
    expect(words('《联合国打击跨国有组织犯罪公约》<sup>14</sup> 缔约国')).not.toContain('14')
  })

  it('gives bigrams across the single characters the segmenter cuts 缔约国 into', () => {
    expect(features('缔约国应当利用现有的区域司法合作网络', 'bigrams')).toEqual(expect.arrayContaining(['b:缔约', 'b:约国']))
    expect(features('缔约国应当利用', 'words').every((t) => t.startsWith('w:'))).toBe(true)
  })
})

describe('similarItems on the corpus recommendations', () => {
  const result = similarItems(items)

  it('has an entry for every item, neighbours above the threshold, best first, at most 5', () => {
    expect([...result.keys()]).toEqual(items.map((it) => it.id))
    for (const [id, ns] of result) {
      expect(ns.length).toBeLessThanOrEqual(5)
      expect(ns.map((n) => n.id)).not.toContain(id)
      for (const n of ns) expect(n.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD)
      for (let i = 1; i < ns.length; i++) expect(ns[i - 1].score).toBeGreaterThanOrEqual(ns[i].score)
    }
  })

  it('links the 2014 central-authority recommendations (002) to the 2018 one in the 9/3 annexes (001)', () => {
    // 各缔约国应当考虑加强根据《有组织犯罪公约》第十八条第十三款指定的中央机关的协调作用…
    expect(textOf('002#附件/4')).toContain('中央机关')
    const ns = result.get('002#附件/4')!.map((n) => n.id)
    expect(ns).toContain('001#附件二/e')
    expect(textOf('001#附件二/e')).toContain('第十八条第十三款')
    // and back
    expect(result.get('001#附件二/e')!.map((n) => n.id)).toEqual(expect.arrayContaining(['002#附件/3', '002#附件/4']))
  })

  it('finds the 2017 recommendation repeated in 2018 as the nearest, far above the rest', () => {
    const [first, second] = result.get('001#附件一/g')!
    expect(first.id).toBe('001#附件三/e')
    expect(first.score).toBeGreaterThan(0.8)
    expect(second.score).toBeLessThan(0.6)
  })

  it('links the 2018 extradition recommendations on article 16(8)', () => {
    expect(result.get('001#附件二/b')![0].id).toBe('001#附件三/a')
  })

  it('passes few of all pairs at the default threshold (it is selective)', () => {
    const ps = pairwise(items)
    expect(ps).toHaveLength((81 * 80) / 2)
    const passing = ps.filter((p) => p.score >= DEFAULT_THRESHOLD).length
    expect(passing / ps.length).toBeLessThan(0.03)
    expect(passing).toBeGreaterThan(20)
  })

  it('is deterministic: same neighbours whatever the input order', () => {
    const reversed = similarItems([...items].reverse())
    for (const [id, ns] of result) expect(reversed.get(id)).toEqual(ns)
  })
})

describe('similarItems options and ties', () => {
  const sentence = '各国应当考虑加强对中央机关和参与司法合作进程的其他相关机构的工作人员进行的培训。'
  const other = '秘书处应当继续进一步开发刑事事项国际合作工具，包括司法协助请求书撰写工具。'

  it('breaks ties by id', () => {
    const r = similarItems([
      {id: 'c', text: sentence},
      {id: 'b', text: sentence},
      {id: 'a', text: sentence},
      {id: 'z', text: other}
    ])
    expect(r.get('c')!.map((n) => n.id)).toEqual(['a', 'b'])
    expect(r.get('c')![0].score).toBe(1)
    expect(r.get('z')).toEqual([])
  })

  it('honours limit and threshold', () => {
    const r = similarItems(items, {limit: 3, threshold: 0})
    for (const ns of r.values()) expect(ns).toHaveLength(3)
    const strict = similarItems(items, {threshold: 0.8})
    expect([...strict.values()].filter((ns) => ns.length).length).toBe(2)
  })

  it('rejects duplicate ids', () => {
    expect(() => similarItems([{id: 'a', text: sentence}, {id: 'a', text: other}])).toThrow(/duplicate/)
  })
})
