import {describe, expect, it} from 'vitest'
import {addressees, ADDRESSEES} from './addressees.js'
import {modality} from './modality.js'
import {recommendationItems} from './testing/gold.js'

describe('addressees and modality of single recommendations', () => {
  it.each([
    // the subject before the modal
    ['各国应当考虑扩展其在执法合作和刑事事项司法合作上可依赖的法律依据的范围', ['States'], 'should-consider'],
    ['各缔约国应当确保中央机关了解《有组织犯罪公约》第十八条第二十六款所述要求', ['StatesParties'], 'should'],
    ['各国可以在有需要和可行的情况下在其他国家的首都派驻联络治安法官或联络官', ['States'], 'may'],
    // the Secretariat is the object of what the COP may wish to do
    ['缔约方会议不妨考虑请秘书处在资源允许的情况下，继续在《公约》框架内', ['COP'], 'may-wish'],
    ['缔约方会议不妨考虑邀请秘书处协助缔约方会议及其国际合作工作组', ['COP'], 'may-wish'],
    // the head of a relative clause, not the central authority inside it
    [
      '尚未将为了《联合国打击跨国有组织犯罪公约》⁷第十八条第十三款之目的指定的中央机关通知联合国秘书长的缔约国应当争取尽快履行这一义务。',
      ['StatesParties'],
      'should'
    ],
    ['未公布本国法院和法庭关于有组织犯罪的裁决和意见的国家应考虑依据国内立法予以公布', ['States'], 'should-consider'],
    ['联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）可制定一项传播计划', ['UNODC'], 'may'],
    ['毒品和犯罪问题办公室应考虑扩充“夏洛克”，以包含警察与警察之间合作的信息；', ['UNODC'], 'should-consider'],
    // an opening verb addresses its object; list order is the SPEC order
    [
      '鼓励各国和其他技术援助提供方，包括联合国毒品和犯罪问题办公室，合并各种措施，对负责司法协助的中央机关和负责引渡的主管机关加强培训和技术援助',
      ['States', 'UNODC', 'Other'],
      'encouraged'
    ],
    ['鼓励尚未建立机构间协调机制的国家考虑建立这种机制', ['States'], 'encouraged'],
    ['邀请尚未修正本国相关立法的缔约国考虑修正立法', ['StatesParties'], 'invited'],
    ['鼓励受审议缔约方向缔约方会议今后各届会议通报其国别审议进展情况', ['StatesParties'], 'encouraged'],
    ['吁请缔约国确保本国立法符合《打击有组织犯罪公约》及适用的国际人权义务', ['StatesParties'], 'called-upon'],
    ['鼓励缔约国向联合国毒品和犯罪问题办公室提供已经将《公约》作为国际合作法律依据的最新法律框架', ['StatesParties'], 'encouraged'],
    // 应当 governs 考虑 across an adverb or adverbial phrase
    ['秘书处应当在与各国协商的情况下考虑有否可能更新《联合国打击跨国组织犯罪公约及其各项议定书实施立法指南》。', ['Secretariat'], 'should-consider'],
    ['缔约国在引渡实践中应适当考虑到《公约》第十六条第五款第(二)项', ['StatesParties'], 'should-consider'],
    ['缔约国应当按照《有组织犯罪公约》第十八条第十三款考虑进一步促进各中央机关之间直接发送国际合作请求', ['StatesParties'], 'should-consider'],
    // …but not across a comma to another verb
    ['毒品和犯罪问题办公室应在不影响实施情况审议机制的规则和程序的情况下，继续收集、传播和分析', ['UNODC'], 'should'],
    // what the addressee is to do is not the marker
    ['各国应鼓励妇女更广泛地参与本国的刑事司法系统', ['States'], 'should'],
    ['各国应当鼓励中央机关就其各自关于提交司法协助请求书的程序和要求提供明晰的指导。', ['States'], 'should'],
    [
      '联合国打击跨国有组织犯罪公约缔约方会议应当考虑重申国际合作问题工作组作为缔约方会议的一个常设组成部分继续举行会议以便交流信息和良好做法方面的经验非常重要，并鼓励各国酌情派出从业人员出席会议。',
      ['COP'],
      'should-consider'
    ],
    // leading adverbials and later sentences do not govern
    ['为促进执法合作和司法合作，各国应全面有效实施《打击有组织犯罪公约》。同时，各国不妨向毒品和犯罪问题办公室或向彼此请求提供技术援助；', ['States'], 'should'],
    ['在评估是否应当提出刑事诉讼移交请求时，缔约国除其他外应当考虑现有的刑事管辖权依据', ['StatesParties'], 'should-consider'],
    ['在实施《公约》第二十一条和订立关于移交刑事诉讼的双边条约或协定时，缔约国可考虑充分利用《刑事事项诉讼转移示范条约》', ['StatesParties'], 'may'],
    ['如果可能的结果是拒绝引渡请求，鼓励各国在具体情况下并为了在作出决定时存在的人道主义原因，考虑采取推迟移交被请求引渡人的备选办法', ['States'], 'encouraged'],
    ['必要时，各国应定期交流关于在引渡程序中提供和执行关于被请求引渡人在请求国的待遇的保证和保障方面的最佳做法的信息', ['States'], 'should'],
    [
      '为进一步支持从业人员之间交流国际合作领域的实务专门知识，秘书处应继续寻求在其任务授权范围内，在资源允许的情况下，组织务实的专家组会议',
      ['Secretariat'],
      'should'
    ],
    [
      '在涉及有组织犯罪集团的案件中，特别是在涉及跨国有组织犯罪的复杂案件中，各国应考虑尽早制定起诉计划。此类计划可考虑到对证据问题和其他问题的管理，包括应对预期挑战的程序；',
      ['States'],
      'should-consider'
    ]
  ])('%s', (text, who, mod) => {
    expect(addressees(text)).toEqual(who)
    expect(modality(text)).toBe(mod)
  })

  it.each([
    // compounds on the COP's name are not the COP
    ['缔约方会议各工作组在筹备各自的届会时应借鉴第 38 段所提及的意见清单', ['WorkingGroup'], 'should'],
    ['缔约方会议秘书处应当是本机制的秘书处。秘书处履行的任务是本程序和规则所指', ['Secretariat'], 'should'],
    ['邀请缔约方会议主席在主席团的支持下通过非正式协商来推动上文第 6 段所述', ['Other'], 'invited'],
    ['技术援助问题政府专家工作组应审议在审议进程期间认明的技术援助需要', ['WorkingGroup'], 'should'],
    ['请各工作组继续为有效实施《公约》及其各项议定书查明良好做法', ['WorkingGroup'], 'requested'],
    ['邀请会员国和其他捐助方按照联合国的规则和程序为上述目的提供预算外资源。', ['MemberStates', 'Other'], 'invited'],
    ['敦促会员国派尽可能高级别的代表出席第十三届联合国预防犯罪和刑事司法大会', ['MemberStates'], 'urged'],
    ['作为对本国审议工作的后续行动，鼓励各缔约国向缔约方会议和各相关工作组提供', ['StatesParties'], 'encouraged'],
    // 与 after the addressee is "with", not "and"
    ['请联合国毒品和犯罪问题办公室与会员国开展协作及密切协商, 在现有资源范围内', ['UNODC'], 'requested']
  ])('%s', (text, who, mod) => {
    expect(addressees(text)).toEqual(who)
    expect(modality(text)).toBe(mod)
  })

  it('does not read 应 in 应…的请求 ("at the request of") or 可 in 可预测 as modals', () => {
    expect(modality('核可枪支问题工作组分别于2017年5月8日至10日及2018年5月2日至3日在维也纳举行的第五次和第六次会议通过的<sup>11</sup>、<sup>12</sup>，邀请缔约国酌情采取措施落实这两次会议的报告所载的建议，并欢迎秘书处应工作组的请求编制的枪支问题工作组合并建议；')).toBe('other')
    // …but 应 followed by a verb and a later 的请求 is still should
    expect(modality('各缔约国应当确保中央机关了解《有组织犯罪公约》第十八条第二十六款所述要求，在拒绝司法协助请求之前先同请求缔约国进行协商。')).toBe('should')
    expect(modality('被请求国还应及时向请求国告知法院作出的不利裁决')).toBe('should')
    expect(modality('表示关切联合国毒品和犯罪问题办公室的总体财务情况, 强调有必要为该办公室提供充足、可预测和稳定的资源')).toBe('other')
  })

  it('accepts the label, markup and half-width punctuation the caller may leave', () => {
    const text = '(b) 联合国毒品和犯罪问题办公室(毒品和犯罪问题办公室)可制定一项传播计划,以提高对“夏洛克”效用的认识;'
    expect(addressees(text)).toEqual(['UNODC'])
    expect(modality(text)).toBe('may')
    const marked = '- (a) 《联合国打击跨国有组织犯罪公约》<sup>14</sup> 缔约国应当考虑向秘书处提供信息'
    expect(addressees(marked)).toEqual(['StatesParties'])
    expect(modality(marked)).toBe('should-consider')
  })

  it('gives other and no addressee when nothing governs', () => {
    expect(modality('技术援助问题政府专家工作组通过了下列建议')).toBe('other')
    expect(addressees('这些建议载于本决议附件一')).toEqual([])
  })
})

describe('agreement with the gold recommendation items', () => {
  const items = recommendationItems()

  it('finds all 81 gold items in the corpus', () => {
    expect(items).toHaveLength(81)
    for (const it of items) expect(it.text.replace(/\s+/g, '').startsWith(it.head.replace(/\s+/g, ''))).toBe(true)
  })

  it.each([
    ['first line', (it: (typeof items)[number]) => it.firstLine],
    ['joined text', (it: (typeof items)[number]) => it.text]
  ])('agrees with the gold on at least 95 percent of items, addressees and modality (%s)', (_, textOf) => {
    let a = 0
    let m = 0
    const disagreements: string[] = []
    for (const it of items) {
      const text = textOf(it)
      const who = addressees(text)
      const mod = modality(text)
      // gold order is the SPEC order
      expect(it.addressees).toEqual(ADDRESSEES.filter((x) => it.addressees.includes(x)))
      const okA = who.length === it.addressees.length && who.every((x) => it.addressees.includes(x))
      const okM = mod === it.modality
      if (okA) a++
      if (okM) m++
      if (!okA || !okM)
        disagreements.push(`${it.id}: gold ${it.addressees.join('+')}/${it.modality}, got ${who.join('+')}/${mod} | ${text.slice(0, 30)}`)
    }
    console.log(
      `addressees ${a}/${items.length} (${((100 * a) / items.length).toFixed(1)} %), modality ${m}/${items.length} (${((100 * m) / items.length).toFixed(1)} %)` +
        (disagreements.length ? '\n' + disagreements.join('\n') : '')
    )
    expect(a / items.length).toBeGreaterThanOrEqual(0.95)
    expect(m / items.length).toBeGreaterThanOrEqual(0.95)
  })
})
