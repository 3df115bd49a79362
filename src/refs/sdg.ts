/**
 * Sustainable Development Goals: targets `具体目标 16.4`, indicators
 * `指标 16.4.2`, goals `可持续发展目标 16` and, once a goal is named in the same
 * paragraph, `目标 16`.
 */
import type {Hit} from './types.js'

const T = '\\d{1,2}\\.(?:\\d{1,2}|[a-c])'
const SEP = '\\s*(?:、|,|和|及|以及|与)\\s*'
const TARGET_RE = new RegExp(`具体目标\\s*(${T}(?:${SEP}${T})*)(?![\\d.])`, 'g')
const INDICATOR_RE = new RegExp(`指标\\s*(${T}\\.\\d{1,2}(?:${SEP}${T}\\.\\d{1,2})*)(?![\\d.])`, 'g')
const G = '\\d{1,2}(?:\\.(?:\\d{1,2}|[a-c])){0,2}'
const GOAL_RE = new RegExp(`(?<!具体)(可持续发展)?目标\\s*(${G}(?:${SEP}${G})*)(?![\\d.%])`, 'g')

function goalOk(id: string): boolean {
  return Number(id.split('.')[0]) >= 1 && Number(id.split('.')[0]) <= 17
}

export function findSdgs(text: string): Hit[] {
  const hits: Hit[] = []
  if (!text.includes('目标') && !text.includes('指标')) return hits
  for (const [re, rule] of [
    [TARGET_RE, 'sdg-target'],
    [INDICATOR_RE, 'sdg-indicator']
  ] as const) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (const id of m[1].match(/\d{1,2}\.(?:\d{1,2}|[a-c])(?:\.\d{1,2})?/g) ?? []) {
        if (goalOk(id)) hits.push({kind: 'sdg', key: `SDG/${id}`, start: m.index, end: m.index + m[0].length, rule})
      }
    }
  }
  const named = text.indexOf('可持续发展目标')
  GOAL_RE.lastIndex = 0
  for (let m = GOAL_RE.exec(text); m; m = GOAL_RE.exec(text)) {
    const explicit = m[1] !== undefined
    if (!explicit && (named < 0 || named > m.index)) continue
    for (const id of m[2].match(new RegExp(G, 'g')) ?? []) {
      if (goalOk(id)) hits.push({kind: 'sdg', key: `SDG/${id}`, start: m.index, end: m.index + m[0].length, rule: 'sdg-goal'})
    }
  }
  return hits
}
