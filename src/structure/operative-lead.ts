/**
 * Does a numbered paragraph open with an operative verb? UN operative
 * paragraphs open with an action (`请`, `鼓励`, `决定`), agenda items and
 * list entries do not.
 */
const OPERATIVE_VERB =
  /^(?:又|还|并|再|再次|也|另|同时|最后)?(?:强烈|紧急|赞赏地|满意地|欣见|酌情|坚决|郑重|进一步|特别|表示)?(?:请|邀请|吁请|促请|敦促|鼓励|决定|核可|核准|通过|赞同|重申|强调|着重指出|注意到|表示注意到|认识到|确认|承认|欢迎|建议|呼吁|要求|授权|宣布|申明|重视|赞赏|感谢|表示|谴责|支持|指出|回顾|赞扬|商定|同意|责成|提请|期待|关切|深表|深为|认可|鼓|核)/

export function opensWithOperativeVerb(text: string): boolean {
  return OPERATIVE_VERB.test(text.replace(/^[\s*]+/, ''))
}
