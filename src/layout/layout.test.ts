/**
 * The layout stage on the damage real texts show: each job on a small text
 * in the style it meets (web editions, bitexts, flattened PDFs, hard-wrapped
 * conversions), checked through the blocks a reader would see.
 */
import {describe, expect, it} from 'vitest'
import {analysisCopy} from '../ingest/script.js'
import {parseMarkdown} from '../parse/markdown.js'
import {toLines, type Line} from '../parse/lines.js'
import {layoutLines} from './index.js'
import {englishStretches, languageOf} from './bilingual.js'
import {ownSymbol} from './flattened.js'
import {wrapWidth} from './wrap.js'

function blocks(source: string): Line[] {
  const text = analysisCopy(source)
  return layoutLines(toLines(parseMarkdown(text.analysis), text.original, text.analysis))
}

/** Every non-space character of the blocks' text and markers, in order. */
function placed(lines: Line[]): string {
  const withMarkers = (l: Line): string => {
    let out = l.text
    for (const m of [...l.markers].reverse()) out = out.slice(0, m.at) + m.printed + out.slice(m.at)
    return out
  }
  return lines.map(withMarkers).join('').replace(/\s+/g, '')
}

describe('bilingual lines', () => {
  it('cuts an aligned bitext line into its English and Chinese runs, the label going with its language', () => {
    const out = blocks('1. Recommends that States parties establish national commissions for the following purposes:1. 建议各缔约国设立国家委员会,其目的如下:\n')
    expect(out.map((l) => [l.lang, l.text])).toEqual([
      ['en', '1.Recommends that States parties establish national commissions for the following purposes:'],
      ['zh', '1. 建议各缔约国设立国家委员会,其目的如下:']
    ])
  })

  it('keeps a symbol that opens the Chinese title with the Chinese', () => {
    const out = blocks('E/RES/2004/12 Strengthening international cooperation against drug trafficking E/RES/2004/12 加强打击毒品贩运的国际合作\n')
    expect(out.map((l) => [l.lang, l.text])).toEqual([
      ['en', 'E/RES/2004/12 Strengthening international cooperation against drug trafficking'],
      ['zh', 'E/RES/2004/12 加强打击毒品贩运的国际合作']
    ])
  })

  it('leaves an English title quoted inside a Chinese sentence where it is', () => {
    const out = blocks('注意到题为“Global Report on Trafficking in Persons”的报告及其中所载的结论,\n')
    expect(out.map((l) => l.lang)).toEqual(['zh'])
  })

  it('tags a line of English alone as English, and a symbol or a name as Chinese text', () => {
    expect(languageOf('Recalling its resolution 1992/54 of 3 March 1992,')).toBe('en')
    expect(languageOf('CEDAW/GR/17')).toBe('zh')
    expect(englishStretches('大会,The General Assembly,')).toEqual([{from: 3, to: 24}])
  })
})

describe('flattened text', () => {
  const page =
    '联合国A/AC.99/2019/INF/2联合国某特设委员会Distr.:General3May2019ChineseOriginal:EnglishV.19-02345(C)*1902345*第二届会议*2019年6月3日至7日,纽约与会者须知一.日期和地点1.委员会第二届会议将于2019年6月3日至7日在纽约举行。2.开幕式将于2019年6月3日上午10时举行。请各位代表提前入座。3.委员会的临时议程载于A/AC.99/2019/1号文件。还请各国政府在其代__________________*本文件未经正式编辑。2A/AC.99/2019/INF/2表团中列入专家。4.会议期间将举行特别活动。'

  it('cuts a page flattened onto one line at paragraph numbers, headings, furniture and the footnote rule', () => {
    const out = blocks(`${page}\n`)
    const texts = out.map((l) => l.text)
    expect(texts).toContain('一.日期和地点')
    expect(texts).toContain('2.开幕式将于2019年6月3日上午10时举行。请各位代表提前入座。')
    expect(texts.filter((t) => t.startsWith('3.'))).toEqual(['3.委员会的临时议程载于A/AC.99/2019/1号文件。还请各国政府在其代'])
    expect(out.filter((l) => l.furniture).map((l) => l.text)).toEqual(['V.19-02345(C)', '*1902345*', '__________________', '2', 'A/AC.99/2019/INF/2'])
    expect(placed(out)).toBe(page)
  })

  it('recovers the asterisk marker of an asterisk footnote, not a barcode\'s', () => {
    const out = blocks(`${page}\n`)
    const marked = out.filter((l) => l.markers.some((m) => m.label === '*'))
    expect(marked.map((l) => l.text)).toEqual(['第二届会议2019年6月3日至7日,纽约与会者须知'])
  })

  it('finds the masthead symbol, not a symbol cited in a sentence', () => {
    expect(ownSymbol('联合国CTOC/COP/2008/INF/1联合国打击跨国有组织犯罪公约缔约方会议')).toBe('CTOC/COP/2008/INF/1')
    expect(ownSymbol('124. 缔约方会议通过了第九届会议的报告（CTOC/COP/2018/L.1、CTOC/COP/2018/L.1/Add.1）。')).toBeUndefined()
  })

  it('cuts a resolution scraped onto one line at its heading, adopting body, lead phrases and paragraph numbers', () => {
    const flat =
      '第3/2号决议加强国际合作打击网络犯罪大会，回顾其以往关于打击网络犯罪的各项决议，并重申国际合作的重要性，认识到各国在这方面面临的挑战，又回顾其2019年12月18日第74/247号决议，深为关切网络犯罪对各国造成的损害，注意到秘书长关于各国为打击网络犯罪所采取的立法措施和行政措施的报告及其中所载的各项结论和建议，欢迎会员国在这方面所作的各项努力，1.请秘书长就本决议的执行情况提出报告；2.决定继续审议这一问题。'
    expect(blocks(`${flat}\n`).map((l) => l.text)).toEqual([
      '第3/2号决议',
      '加强国际合作打击网络犯罪',
      '大会，',
      '回顾其以往关于打击网络犯罪的各项决议，并重申国际合作的重要性，',
      '认识到各国在这方面面临的挑战，',
      '又回顾其2019年12月18日第74/247号决议，',
      '深为关切网络犯罪对各国造成的损害，',
      '注意到秘书长关于各国为打击网络犯罪所采取的立法措施和行政措施的报告及其中所载的各项结论和建议，',
      '欢迎会员国在这方面所作的各项努力，',
      '1.请秘书长就本决议的执行情况提出报告；',
      '2.决定继续审议这一问题。'
    ])
  })

  it('leaves a long paragraph that mentions numbers whole', () => {
    const long = `${'请秘书长就本决议第1段和第2段的执行情况提出报告，并考虑到第3段所述的各项因素，'.repeat(6)}以期采取进一步行动。`
    expect(blocks(`${long}\n`).map((l) => l.text)).toEqual([long])
  })
})

describe('page furniture', () => {
  it('flags job numbers, barcodes, page numbers and site navigation, wherever they stand', () => {
    const out = blocks(
      '聯合國安理會第1234號決議\n← | 聯合國安理會第1233(1999)號決議 | 聯合國安理會第1234(1999)號決議 1999年5月1日 |\n聯合國安理會第1235(1999)號決議 |\n安全理事會,\n1. 決定繼續處理此案。\n3/40\n18-07613 (C)\n*1807613*\n'
    )
    expect(out.filter((l) => l.furniture).map((l) => l.norm)).toEqual([
      '← | 联合国安理会第1233(1999)号决议 | 联合国安理会第1234(1999)号决议 1999年5月1日 |',
      '联合国安理会第1235(1999)号决议 |',
      '3/40',
      '18-07613 (C)',
      '*1807613*'
    ])
  })

  it('takes a repeated symbol line for a running header, but not its first printing', () => {
    const out = blocks('A/RES/70/1\n\n大会，\n\n1. 决定继续审议；\n\nA/RES/70/1\n\n2. 请秘书长报告。\n')
    expect(out.filter((l) => l.norm.startsWith('A/RES')).map((l) => l.furniture)).toEqual([false, true])
  })
})

describe('lost superscripts', () => {
  it('turns a bare number glued to a vote line back into a marker when its definition stands below', () => {
    const out = blocks('第一七二一次會議以十四票對〇票通過。 1\n1 一個成員國沒有參加表決。\n')
    expect(out[0].markers.map((m) => [m.label, m.at])).toEqual([['1', 18]])
    expect(out[0].text).toBe('第一七二一次會議以十四票對〇票通過。')
  })

  it('leaves numbers of running text alone: an article, a count, a date', () => {
    const source = '回顾第5条和3个会员国于2019年提交的报告,\n5 国家数目。\n'
    expect(blocks(source).flatMap((l) => l.markers)).toEqual([])
  })
})

describe('hard wraps', () => {
  it('measures the width a text was wrapped at, and finds none in a text of one paragraph a line', () => {
    const wrapped = blocks(`${'回顾其关于加强国际合作打击跨国有组织犯罪的各项决议，并强调各国有必要采取协调一致的行动以应对这些挑战和威胁。'.repeat(4).match(/.{1,24}/g)!.join('\n')}\n`)
    expect(wrapWidth(wrapped)).toBe(24)
    const whole = blocks('安全理事会,\n回顾其以往的所有决议,\n注意到秘书长的报告,\n又注意到有关各方的意见,\n1. 决定延长任务期限;\n2. 请秘书长提出报告;\n3. 决定继续处理此案。\n')
    expect(wrapWidth(whole)).toBeNull()
    expect(whole.some((l) => l.runsOn)).toBe(false)
  })
})

describe('a symbol broken at a line end', () => {
  it('is not a sentence end: the wrapped paragraph joins and the symbol is one reference', async () => {
    const {parseDocument} = await import('../pipeline/parse-document.js')
    const doc = parseDocument('1. 缔约方会议通过了其报告（CTOC/COP/2030/L.1、CTOC/COP/2030/L.\n1/Add.1 和 CTOC/COP/2030/L.1/Add.2）。\n', {path: 'wrap.txt'})
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['缔约方会议通过了其报告（CTOC/COP/2030/L.1、CTOC/COP/2030/L.1/Add.1 和 CTOC/COP/2030/L.1/Add.2）。'])
    expect(doc.references.filter((r) => r.kind === 'symbol').map((r) => r.key)).toEqual(['CTOC/COP/2030/L.1', 'CTOC/COP/2030/L.1/Add.1', 'CTOC/COP/2030/L.1/Add.2'])
  })
})
