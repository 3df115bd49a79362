/**
 * Recurrence across the knowledge base: for each recommendation item, the
 * most similar items of other lists. Identical texts (the same recommendation
 * printed again, or a copied file) are scored once, which keeps the pairwise
 * comparison to the distinct texts of an archive.
 */
import {analysisForm} from '../ingest/script.js'
import {DEFAULT_LIMIT, similarItems} from '../recommendations/similarity.js'
import type {Document} from './schema.js'

export function linkRecurrence(documents: Document[], limit = DEFAULT_LIMIT): void {
  const items = documents.flatMap((doc) =>
    doc.recommendationLists.flatMap((list) =>
      list.items.map((item) => ({item, list: list.id, text: analysisForm(item.text, doc.source.script).replace(/\s+/g, '')}))
    )
  )
  const byText = new Map<string, typeof items>()
  for (const entry of items) {
    const group = byText.get(entry.text)
    if (group) group.push(entry)
    else byText.set(entry.text, [entry])
  }
  const texts = [...byText.keys()]
  const neighbours = similarItems(
    texts.map((text, i) => ({id: String(i), text})),
    {limit: limit + 1}
  )
  texts.forEach((text, i) => {
    const group = byText.get(text)!
    const near = [
      {entries: group, score: 1},
      ...(neighbours.get(String(i)) ?? []).map((n) => ({entries: byText.get(texts[Number(n.id)])!, score: n.score}))
    ]
    for (const entry of group) {
      entry.item.similar = near
        .flatMap(({entries, score}) => entries.filter((e) => e.list !== entry.list).map((e) => ({item: e.item.id, list: e.list, score})))
        .slice(0, limit)
    }
  })
}
