/**
 * United Nations Treaty Series: `《条约汇编》，第 2225、2237、2241 和 2326 卷，第 39574 号`
 * (one reference per volume), and `同上，第 976 卷，第 14152 号` in a footnote,
 * which takes the source of the footnote before it.
 */
import {scanNumberLists} from './numerals.js'
import type {Hit} from './types.js'

/** after `…卷`: `，第 39574 号` */
const REG_RE = /^\s*[,;]?\s*(?:第\s*)?(\d{1,6})\s*号/

/** Where a footnote's `同上` points: a Treaty Series footnote, something else, or nothing yet. */
export type IbidSource = 'unts' | 'other' | 'none'

export function findTreatySeries(text: string, ibid: IbidSource): Hit[] {
  const hits: Hit[] = []
  if (!text.includes('卷')) return hits
  for (const vols of scanNumberLists(text, '卷', {arabic: true})) {
    const r = REG_RE.exec(text.slice(vols.end, vols.end + 24))
    if (!r) continue
    const m = {index: vols.start, end: vols.end + r[0].length}
    const before = text.slice(Math.max(0, m.index - 200), m.index)
    let rule: string
    let start = m.index
    const named = before.lastIndexOf('条约汇编')
    const ibidAt = m.index <= 12 && /^\s*同上\s*[,;]?\s*$/.test(text.slice(0, m.index))
    if (named >= 0 && !/国际联盟/.test(before.slice(Math.max(0, named - 12), named))) {
      rule = 'unts'
      const lead = /联合国\s*,\s*《条约汇编》\s*,?\s*$/.exec(before)
      if (lead) start = m.index - lead[0].length
    } else if (ibidAt) {
      if (ibid === 'other') continue
      rule = 'ibid-unts'
      start = text.indexOf('同上')
    } else if (!/》\s*,?\s*$/.test(before)) {
      // no series named: the shape `第 N 卷，第 M 号` is the Treaty Series
      rule = 'unts-shape'
    } else continue
    for (const v of vols.values) {
      hits.push({kind: 'treaty-series', key: `UNTS/${v}/${Number(r[1])}`, start, end: m.end, rule})
    }
  }
  return hits
}
