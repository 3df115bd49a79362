/**
 * Lead verb phrases of preambular and operative paragraphs → a normalised
 * action.
 *
 * The closed set of actions (English UN drafting verbs):
 *
 * | action | Chinese lead verbs (examples) |
 * |---|---|
 * | `requests` | 请, 请求, 要求 |
 * | `invites` | 邀请 |
 * | `urges` | 敦促 |
 * | `calls-upon` | 促请, 吁请 |
 * | `appeals` | 呼吁 |
 * | `encourages` | 鼓励 |
 * | `decides` | 决定 |
 * | `endorses` | 核可, 赞同 |
 * | `adopts` | 通过 |
 * | `approves` | 核准, 批准 |
 * | `reaffirms` | 重申, 再次申明 |
 * | `recalls` | 回顾, 忆及 |
 * | `stresses` | 强调, 强调指出 |
 * | `emphasizes` | 着重指出, 着重强调 |
 * | `notes` | 注意到, 赞赏地注意到, 表示深为关切地注意到 |
 * | `takes-note` | 表示注意到 |
 * | `welcomes` | 欢迎, 欣见, 赞赏地欢迎 |
 * | `recommends` | 建议 |
 * | `acknowledges` | 承认, 确认 |
 * | `recognizes` | 认识到, 认知 |
 * | `expresses` | 表示, 表示赞赏, 表示感谢 (not concern: see `concern`) |
 * | `authorizes` | 授权 |
 * | `declares` | 宣布 |
 * | `affirms` | 申明 |
 * | `concern` | 关切, 关注, 深为关切, 表示关切, 表示严重关切, 重申关切 (added: "Concerned", "Expresses concern") |
 * | `considers` | 考虑到, 认为, 鉴于 (added: "Considering") |
 * | `convinced` | 深信, 确信 (added: "Convinced") |
 * | `bears-in-mind` | 铭记 (added: "Bearing in mind") |
 * | `aware` | 意识到, 深知 (added: "Aware") |
 * | `expects` | 期望, 期待, 希望 (added: "Looking forward", "Expressing the hope") |
 * | `condemns` | 谴责, 再次谴责 (added: "Condemns") |
 * | `draws-attention` | 提请注意 (added: "Draws attention") |
 * | `commends` | 赞扬, 赞赏 (added: "Commends") |
 * | `supports` | 支持 (added: "Supports") |
 * | `other` | any lead verb not in the table |
 *
 * `确认` is ambiguous in UN Chinese (it renders "Acknowledges", "Recognizes"
 * and "Confirms"); it is read as `acknowledges`.
 */

export const ACTIONS = [
  'requests',
  'invites',
  'urges',
  'calls-upon',
  'appeals',
  'encourages',
  'decides',
  'endorses',
  'adopts',
  'approves',
  'reaffirms',
  'recalls',
  'stresses',
  'emphasizes',
  'notes',
  'takes-note',
  'welcomes',
  'recommends',
  'acknowledges',
  'recognizes',
  'expresses',
  'authorizes',
  'declares',
  'affirms',
  'concern',
  'considers',
  'convinced',
  'bears-in-mind',
  'aware',
  'expects',
  'condemns',
  'draws-attention',
  'commends',
  'supports',
  'other'
] as const

export type Action = (typeof ACTIONS)[number]

/**
 * THE table: lead verb phrase (without the repetition prefixes and manner
 * adverbs below) → action. Matching takes the longest phrase, so compound
 * phrases (`表示注意到`, `强调指出`, `重申关切`) win over their first verb.
 */
export const LEAD_VERBS: Readonly<Record<string, Exclude<Action, 'other'>>> = {
  请: 'requests',
  请求: 'requests',
  要求: 'requests',
  邀请: 'invites',
  敦促: 'urges',
  促请: 'calls-upon',
  吁请: 'calls-upon',
  呼吁: 'appeals',
  鼓励: 'encourages',
  决定: 'decides',
  核可: 'endorses',
  赞同: 'endorses',
  通过: 'adopts',
  核准: 'approves',
  批准: 'approves',
  重申: 'reaffirms',
  申明: 'affirms',
  回顾: 'recalls',
  忆及: 'recalls',
  强调: 'stresses',
  强调指出: 'stresses',
  着重指出: 'emphasizes',
  着重强调: 'emphasizes',
  注意到: 'notes',
  表示注意到: 'takes-note',
  欢迎: 'welcomes',
  欣见: 'welcomes',
  欣悉: 'welcomes',
  建议: 'recommends',
  承认: 'acknowledges',
  确认: 'acknowledges',
  认识到: 'recognizes',
  认知: 'recognizes',
  表示: 'expresses',
  表示赞赏: 'expresses',
  表示感谢: 'expresses',
  表示支持: 'expresses',
  表示遗憾: 'expresses',
  感谢: 'expresses',
  授权: 'authorizes',
  宣布: 'declares',
  宣告: 'declares',
  关切: 'concern',
  关注: 'concern',
  严重关切: 'concern',
  深为关切: 'concern',
  深表关切: 'concern',
  深感关切: 'concern',
  深为关注: 'concern',
  表示关切: 'concern',
  表示关注: 'concern',
  表示严重关切: 'concern',
  表示深为关切: 'concern',
  表示深切关注: 'concern',
  重申关切: 'concern',
  考虑到: 'considers',
  认为: 'considers',
  鉴于: 'considers',
  深信: 'convinced',
  确信: 'convinced',
  铭记: 'bears-in-mind',
  意识到: 'aware',
  深知: 'aware',
  期望: 'expects',
  期待: 'expects',
  希望: 'expects',
  谴责: 'condemns',
  提请注意: 'draws-attention',
  赞扬: 'commends',
  赞赏: 'commends',
  称赞: 'commends',
  支持: 'supports'
}

/**
 * Repetition and scope markers that may precede the verb (`又请`, `还回顾`,
 * `再次谴责`, `就此还回顾`). Not actions themselves.
 */
const SCOPE = ['', '就此', '在这方面', '为此', '同时']
const AGAIN = ['', '再次', '又', '还', '并', '再', '也', '亦', '另']
/** Manner adverbs between the marker and the verb (`强烈鼓励`, `赞赏地注意到`, `酌情邀请`). */
const MANNER = [
  '',
  '强烈',
  '酌情',
  '进一步',
  '郑重',
  '坚决',
  '紧急',
  '赞赏地',
  '满意地',
  '欣慰地',
  '遗憾地',
  '关切地',
  '严重关切地',
  '深为关切地',
  '表示关切地',
  '表示严重关切地',
  '表示深为关切地'
]

const VERBS = Object.keys(LEAD_VERBS).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))

export interface Lead {
  /** the lead verb phrase as printed, with its prefixes and adverbs (`又请`, `赞赏地注意到`) */
  phrase: string
  action: Action
  /** index of `phrase` in the text (0 unless markup, spaces or a leading adverbial came first) */
  start: number
}

/** Longest `SCOPE AGAIN MANNER VERB` phrase starting at `at`, separators (`，`) after SCOPE allowed. */
function matchAt(text: string, at: number): {phrase: string; action: Action} | undefined {
  let best: {phrase: string; action: Action} | undefined
  for (const scope of SCOPE) {
    if (!text.startsWith(scope, at)) continue
    let p0 = at + scope.length
    if (scope && /[，,]/.test(text[p0] ?? '')) p0++
    for (const again of AGAIN) {
      if (!text.startsWith(again, p0)) continue
      const p1 = p0 + again.length
      for (const manner of MANNER) {
        if (!text.startsWith(manner, p1)) continue
        const p2 = p1 + manner.length
        for (const verb of VERBS) {
          if (!text.startsWith(verb, p2)) continue
          const phrase = text.slice(at, p2 + verb.length)
          if (!best || phrase.length > best.phrase.length) best = {phrase, action: LEAD_VERBS[verb]}
          break // VERBS is longest first
        }
      }
    }
  }
  return best
}

/** Skip spaces and leftover `**` at the start. */
function skipNoise(text: string, at: number): number {
  while (at < text.length && /[\s*]/.test(text[at])) at++
  return at
}

function lead(text: string): Lead {
  const at = skipNoise(text, 0)
  const m = matchAt(text, at)
  if (m) return {...m, start: at}
  // A leading adverbial before the verb: `以本决议的规定为准，通过…`.
  const comma = text.slice(at, at + 40).search(/[，,]/)
  if (comma > 0) {
    const after = skipNoise(text, at + comma + 1)
    const m2 = matchAt(text, after)
    if (m2) return {...m2, start: after}
  }
  return {phrase: '', action: 'other', start: at}
}

/**
 * Lead verb phrase of an operative paragraph (label and `**` already removed
 * by the caller) and its action: `又请秘书处…` → `{phrase: '又请', action: 'requests'}`.
 * A lead verb outside the table gives `{phrase: '', action: 'other'}`.
 */
export function operativeAction(text: string): Lead {
  return lead(text)
}

/**
 * Lead phrase of a preambular paragraph: `还回顾…` → recalls,
 * `赞赏地注意到…` → notes, `表示深为关切地注意到…` → notes, `深为关切的是…` → concern.
 */
export function preambleLead(text: string): Lead {
  return lead(text)
}
