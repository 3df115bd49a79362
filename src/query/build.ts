/**
 * Building the search index: fold each paragraph (normalize.ts), cut it into
 * terms (tokenize.ts), and pack term → postings (paragraph, tf) as varints.
 */
import {ByteWriter, TextColumn} from './codec.js'
import {foldScript, foldWidthCase} from './normalize.js'
import {termCount} from './postings.js'
import {tokenize} from './tokenize.js'
import type {SearchDoc, SearchIndex} from './types.js'

export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const n = docs.length
  const lens = new Uint32Array(n)
  const simplified: (string | null)[] = new Array(n)
  const termId = new Map<string, number>()
  const termList: string[] = []
  const lists: number[][] = []
  // per term: the last paragraph it was seen in, and its count there
  const lastDoc: number[] = []
  const count: number[] = []
  let total = 0
  for (let i = 0; i < n; i++) {
    const text = docs[i].text
    const simple = foldScript(text)
    simplified[i] = simple === text ? null : simple
    const terms = tokenize(foldWidthCase(simple), 'index')
    lens[i] = terms.length
    total += terms.length
    const seen: number[] = []
    for (const t of terms) {
      let id = termId.get(t)
      if (id === undefined) {
        id = termList.length
        termId.set(t, id)
        termList.push(t)
        lists.push([])
        lastDoc.push(-1)
        count.push(0)
      }
      if (lastDoc[id] !== i) {
        lastDoc[id] = i
        count[id] = 0
        seen.push(id)
      }
      count[id]++
    }
    for (const id of seen) lists[id].push(i, count[id])
  }
  const sorted = termList.map((_, id) => id).sort((a, b) => (termList[a] < termList[b] ? -1 : termList[a] > termList[b] ? 1 : 0))
  const termStart = new Uint32Array(sorted.length + 1)
  const postStart = new Uint32Array(sorted.length + 1)
  const writer = new ByteWriter()
  let offset = 0
  sorted.forEach((id, t) => {
    const term = termList[id]
    termStart[t] = offset
    offset += term.length + 1
    postStart[t] = writer.length
    const list = lists[id]
    let prev = 0
    for (let k = 0; k < list.length; k += 2) {
      const tf = list[k + 1]
      writer.varint((list[k] - prev) * 2 + (tf > 1 ? 1 : 0))
      if (tf > 1) writer.varint(tf)
      prev = list[k]
    }
  })
  termStart[sorted.length] = offset
  postStart[sorted.length] = writer.length
  return {
    n,
    ids: docs.map((d) => d.id),
    docIds: docs.map((d) => d.docId),
    instruments: docs.map((d) => d.instrument),
    labels: docs.map((d) => d.label),
    kinds: docs.map((d) => d.kind),
    texts: TextColumn.from(docs.map((d) => d.text)),
    simplified: TextColumn.from(simplified),
    lens,
    avgdl: n === 0 ? 0 : total / n,
    terms: sorted.map((id) => termList[id] + '\n').join(''),
    termStart,
    postings: writer.bytes(),
    postStart
  }
}

/** Number of paragraphs, distinct terms and postings bytes. */
export function indexStats(index: SearchIndex): {paragraphs: number; terms: number; postingsBytes: number} {
  return {paragraphs: index.n, terms: termCount(index), postingsBytes: index.postings.length}
}

