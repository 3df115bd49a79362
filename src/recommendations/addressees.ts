/**
 * Who is to act on a recommendation: the subject of the main clause before
 * its modal (`各国应当…` → States), or the object of the verb that opens it
 * (`鼓励缔约国…` → StatesParties). Objects of what the addressee is to do are
 * not addressees (`缔约方会议不妨考虑请秘书处…` → COP only). See `clause.ts`.
 *
 * Terms: 各国/国家 → States; 缔约国, 各缔约国, 《…》缔约国, 受审议缔约方 →
 * StatesParties; 会员国 → MemberStates; 秘书处 (and 秘书长) → Secretariat;
 * 联合国毒品和犯罪问题办公室, 毒品和犯罪问题办公室 → UNODC; 缔约方会议 → COP;
 * …工作组 → WorkingGroup; 中央机关 → CentralAuthorities; other named actors
 * (其他技术援助提供方, 捐助方, 国际组织, 民间社会…) → Other.
 *
 * Output is deduplicated and in the order of `ADDRESSEES` (the SPEC order),
 * not the order of mention, so it is deterministic and matches the gold.
 */
import {mainClause, type Addressee} from './clause.js'

export {ADDRESSEES, type Addressee} from './clause.js'

/** Addressees of a recommendation item's text (label and markup tolerated). */
export function addressees(text: string): Addressee[] {
  return mainClause(text).addressees
}
