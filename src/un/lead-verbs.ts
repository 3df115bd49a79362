/**
 * The lead verb phrases of UN resolutions (vocabulary as data): what opens a
 * preambular or operative paragraph, and the closed set of actions they mean.
 * Read by the recommendations' action reading and by the layout stage, which
 * cuts flattened text where a paragraph opens.
 */

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
