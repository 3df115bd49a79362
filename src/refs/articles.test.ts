import {describe, expect, it} from 'vitest'
import {keys, refs} from './testing/helpers.js'

const arts = (issuer: string, ...texts: string[]) => keys(refs(issuer, ...texts).filter((r) => r.kind === 'article' || r.kind === 'chapter'))

describe('articles and chapters', () => {
  it('reads Chinese and Arabic article numbers with paragraphs', () => {
    const text = '以便于讨论《公约》第三十二条第四款和第五款所述事项'
    const found = refs('CTOC/COP', text)
    expect(keys(found)).toEqual(['article UNTOC/art32/para4', 'article UNTOC/art32/para5'])
    expect(found[0].surface).toBe('《公约》第三十二条第四款和第五款')
    expect(found[0].start).toBe(text.indexOf('《公约》'))
    expect(found[0].rule).toBe('art-zh')
    expect(arts('CTOC/COP', '关于根据《公约》第32条并在缔约方会议')).toEqual(['article UNTOC/art32'])
    expect(arts('A', '尤其是根据《公约》第 14 条第 2 款的规定')).toEqual(['article UNTOC/art14/para2'])
    expect(arts('CTOC/COP', '根据《联合国打击跨国有组织犯罪公约》第四条第一款和第三十二条第三和第四款，连同《公约》第二条和第三十七条')).toEqual([
      'article UNTOC/art4/para1',
      'article UNTOC/art32/para3',
      'article UNTOC/art32/para4',
      'article UNTOC/art2',
      'article UNTOC/art37'
    ])
  })

  it('splits a list whose term changes from chapter to article', () => {
    expect(arts('A', '重申《联合国宪章》第七章和第二条第七款的规定，')).toEqual(['chapter CHARTER/chap7', 'article CHARTER/art2/para7'])
  })

  it('reads `特别是其第一款` as paragraphs of the article just cited', () => {
    expect(arts('CAC/COSP', '回顾《联合国反腐败公约》第六十三条，特别是其第一款和第七款，')).toEqual([
      'article UNCAC/art63',
      'article UNCAC/art63/para1',
      'article UNCAC/art63/para7'
    ])
  })

  it('reads sub-paragraphs as letters', () => {
    expect(arts('CTOC/COP', '按照《公约》第三十二条第三款第(三)项，各工作组应当')).toEqual(['article UNTOC/art32/para3/c'])
    expect(arts('A', '按照《联合国打击跨国有组织犯罪公约》第 2 条 (b) 款的规定')).toEqual(['article UNTOC/art2/b'])
    expect(arts('A', '按照《联合国打击跨国有组织犯罪公约》第 2 条(b)款的规定')).toEqual(['article UNTOC/art2/b'])
  })

  it('expands lists and ranges', () => {
    expect(arts('CTOC/COP', '《有组织犯罪公约》\t第二十四、二十五、二十九、三十和三十一条\t第七、十一和二十八条')).toEqual([
      'article UNTOC/art24',
      'article UNTOC/art25',
      'article UNTOC/art29',
      'article UNTOC/art30',
      'article UNTOC/art31',
      'article UNTOC/art7',
      'article UNTOC/art11',
      'article UNTOC/art28'
    ])
    const rop = refs('CTOC/COP', '会上提请与会者注意缔约方会议议事规则中关于观察员与会的第 14 至 17 条。')
    expect(keys(rop)).toEqual(['article CTOC/COP/RoP/art14', 'article CTOC/COP/RoP/art15', 'article CTOC/COP/RoP/art16', 'article CTOC/COP/RoP/art17'])
    expect(rop[0].rule).toBe('art-rop')
    expect(arts('CTOC/COP', '经缔约方会议第 4/7 号决定修正的议事规则第 18 条规定')).toEqual(['article CTOC/COP/RoP/art18'])
    expect(arts('A', '根据《大会议事规则》第七十八条')).toEqual(['article A/RoP/art78'])
    expect(arts('CAC/COSP', '《公约》第 5 条至第 8 条和第三十二条、第三十三条')).toEqual([
      'article UNCAC/art5',
      'article UNCAC/art6',
      'article UNCAC/art7',
      'article UNCAC/art8',
      'article UNCAC/art32',
      'article UNCAC/art33'
    ])
    expect(arts('CTOC/COP', '工作组就《公约》提出的第 3 条建议')).toEqual([])
  })

  it('takes the instrument from the nearest title, through protocol aliases', () => {
    expect(arts('CTOC/COP', '邀请《枪支议定书》缔约国确保有效实施其中第六、第七、第八和第十二条，因为')).toEqual([
      'article FP/art6',
      'article FP/art7',
      'article FP/art8',
      'article FP/art12'
    ])
    expect(arts('A', '吁请会员国酌情根据《联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书》 第 6 条，并根据')).toEqual([
      'article SOM/art6'
    ])
    expect(arts('A', '《贩运人口问题议定书》\t第三和第五条')).toEqual(['article TIP/art3', 'article TIP/art5'])
    expect(arts('A', '《联合国宪章》第五十五条')).toEqual(['article CHARTER/art55'])
  })

  it('absorbs printing variants of a title by edit distance', () => {
    expect(arts('CTOC/COP', '《联合国打击跨国组织犯罪公约》第十八条第十三款')).toEqual(['article UNTOC/art18/para13'])
    expect(arts('CTOC/COP', '《联合国打击跨国有组织罪犯公约》第五条')).toEqual(['article UNTOC/art5'])
    expect(arts('CTOC/COP', '《打击有组织犯罪公约》第6条的规定')).toEqual(['article UNTOC/art6'])
  })

  it('keys articles of instruments outside the table as OTHER:<title> (SPEC v2)', () => {
    expect(arts('A', '《世界人权宣言》第十九条')).toEqual(['article OTHER:世界人权宣言/art19'])
    expect(arts('A', '《公约》第5条和《武器贸易条约》第7条')).toEqual(['article UNTOC/art5', 'article OTHER:武器贸易条约/art7'])
  })

  it('gives the common article of the protocols one reference per protocol', () => {
    expect(arts('CTOC/COP', '并回顾《公约》每项议定书共同的第一条，')).toEqual(['article TIP/art1', 'article SOM/art1', 'article FP/art1'])
    expect(arts('CTOC/COP', '促进《公约》第一条及《公约》每项议定书的第二条所规定的')).toEqual([
      'article UNTOC/art1',
      'article TIP/art2',
      'article SOM/art2',
      'article FP/art2'
    ])
  })

  it('adds a paragraph to the article just cited (该条第八款) but not a bare anaphor', () => {
    const found = refs('CTOC/COP', '缔约国在引渡实践中应适当考虑到《公约》第十六条第五款第(二)项，其中对订立引渡条约加以规范，还应考虑依照该条第八款简化')
    expect(keys(found)).toEqual(['article UNTOC/art16/para5/b', 'article UNTOC/art16/para8'])
    expect(found[1].surface).toBe('该条第八款')
    expect(arts('CTOC/COP', '回顾《公约》第三十二条，根据该条规定，设立了')).toEqual(['article UNTOC/art32'])
  })

  it('reads 《公约》 as the convention of the paragraph, else the one the text is about', () => {
    expect(arts('A', '根据《联合国反腐败公约》中关于追回资产的规定，特别是其中第五章的规定')).toEqual(['chapter UNCAC/chap5'])
    expect(arts('A', '敦促《联合国反腐败公约》缔约国支持经《公约》第六十三条设立的机制')).toEqual(['article UNCAC/art63'])
    // a passing mention of another convention in an earlier paragraph does not change the subject
    expect(
      arts('CTOC/COP', '实施《联合国打击跨国有组织犯罪公约》', '根据《公约》第四条', '如有义务与《联合国反腐败公约》下的义务相同', '按照《公约》第三十二条')
    ).toEqual(['article UNTOC/art4', 'article UNTOC/art32'])
    expect(arts('CAC/COSP', '根据《公约》第六十三条')).toEqual(['article UNCAC/art63'])
  })

  it('uses the row label for a table cell given as its own unit', () => {
    expect(arts('CTOC/COP', '《偷运移民问题议定书》', '第三、五和六条')).toEqual(['article SOM/art3', 'article SOM/art5', 'article SOM/art6'])
  })

  it('leaves out report chapters and sections', () => {
    expect(arts('CTOC/COP', '（案文见第一章 A 节，第 9/1 号决议。）')).toEqual([])
    expect(arts('A', '《人权：国际文件汇编》，第一卷(第一部分)，《世界文书》(联合国出版物)，J节，第34号。')).toEqual([])
    expect(arts('A', '《公约》的实施情况见下文第五章')).toEqual([])
    expect(arts('A', '《联合国小武器和轻武器非法贸易各方面问题大会的报告》(A/CONF. 192/15)，第四章，第 24 段。')).toEqual([])
  })
})
