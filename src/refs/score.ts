/** Per-kind precision, recall and F1 on the (kind, key) multiset. */

export interface KindScore {
  kind: string
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

function counts(items: {kind: string; key: string}[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>()
  for (const {kind, key} of items) {
    const byKey = out.get(kind) ?? new Map<string, number>()
    byKey.set(key, (byKey.get(key) ?? 0) + 1)
    out.set(kind, byKey)
  }
  return out
}

function score(kind: string, tp: number, fp: number, fn: number): KindScore {
  // nothing expected and nothing found is a perfect score
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {kind, tp, fp, fn, precision, recall, f1}
}

export function scoreReferences(
  found: {kind: string; key: string}[],
  gold: {kind: string; key: string}[]
): {perKind: KindScore[]; total: KindScore} {
  const f = counts(found)
  const g = counts(gold)
  const kinds = [...new Set([...f.keys(), ...g.keys()])].sort()
  const perKind: KindScore[] = []
  let TP = 0
  let FP = 0
  let FN = 0
  for (const kind of kinds) {
    const fk = f.get(kind) ?? new Map<string, number>()
    const gk = g.get(kind) ?? new Map<string, number>()
    let tp = 0
    let fp = 0
    let fn = 0
    for (const key of new Set([...fk.keys(), ...gk.keys()])) {
      const a = fk.get(key) ?? 0
      const b = gk.get(key) ?? 0
      tp += Math.min(a, b)
      fp += Math.max(0, a - b)
      fn += Math.max(0, b - a)
    }
    perKind.push(score(kind, tp, fp, fn))
    TP += tp
    FP += fp
    FN += fn
  }
  return {perKind, total: score('total', TP, FP, FN)}
}
