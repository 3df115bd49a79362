/**
 * United Nations Treaty Series: `《条约汇编》，第 2225、2237、2241 和 2326 卷，第 39574 号`
 * (one reference per volume), and `同上，第 976 卷，第 14152 号` in a footnote,
 * which takes the source of the footnote before it.
 */
import type {Hit} from './types.js'

const TS_RE =
  /第\s*(\d{1,5})((?:\s*(?:、|,|和|及|以及)\s*(?:第\s*)?\d{1,5})*)\s*卷\s*[,;]?\s*(?:第\s*)?(\d{1,6})\s*号/g

/** Where a footnote's `同上` points: a Treaty Series footnote, something else, or nothing yet. */
export type IbidSource = 'unts' | 'other' | 'none'

export function findTreatySeries(text: string, ibid: IbidSource): Hit[] {
  const hits: Hit[] = []
  if (!text.includes('卷')) return hits
  TS_RE.lastIndex = 0
  for (let m = TS_RE.exec(text); m; m = TS_RE.exec(text)) {
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
    const reg = m[3]
    const vols = [m[1], ...(m[2].match(/\d{1,5}/g) ?? [])]
    for (const v of vols) {
      hits.push({kind: 'treaty-series', key: `UNTS/${Number(v)}/${Number(reg)}`, start, end: m.index + m[0].length, rule})
    }
  }
  return hits
}
