/**
 * The modality of a recommendation: the marker that governs its main clause
 * (first sentence, leading adverbials skipped).
 *
 * - an opening verb: 鼓励 → encouraged, 邀请 → invited, 吁请/促请/呼吁 →
 *   called-upon, 敦促 → urged, 请 → requested (`还`, `强烈`… allowed before);
 * - else the first modal after the subject: 应/应当/应该/必须 → should, or
 *   should-consider when 考虑 follows, also across an adverb or adverbial
 *   phrase (`应适当考虑到`, `应当在与各国协商的情况下考虑`, `应当按照…考虑`);
 *   不妨/不妨考虑 → may-wish; 可/可以/可考虑 → may;
 * - else other.
 *
 * What the addressee is to do does not count: `各国应鼓励妇女…` is should.
 * Later sentences do not count: `各国应考虑…。各国不妨…` is should-consider.
 */
import {mainClause, type Modality} from './clause.js'

export {MODALITIES, type Modality} from './clause.js'

/** Modality of a recommendation item's text (label and markup tolerated). */
export function modality(text: string): Modality {
  return mainClause(text).modality
}
