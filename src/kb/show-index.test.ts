import {describe, expect, it} from 'vitest'
import {buildKnowledgeBase, readInputs} from './build.js'
import {lookupRecords, lookupShowIndex, showIndexBytes, showIndexKeys, showRecords} from './show-index.js'
import {CORPUS_DIR} from '../../test/support/corpus.js'

describe('the show index file', () => {
  const kb = buildKnowledgeBase(readInputs([CORPUS_DIR]))
  const file = showIndexBytes(kb.documents)
  const records = showRecords(kb)

  it('lists every key once, in order, and answers each as the records in memory do', () => {
    const keys = showIndexKeys(file)
    expect(keys).toEqual([...new Set(records.map((r) => r.key))])
    expect(keys.length).toBeGreaterThan(100)
    for (const key of keys) expect(lookupShowIndex(file, key), key).toEqual(lookupRecords(records, key))
  })

  it('is a header line and nothing else for no documents', () => {
    expect(showIndexKeys(showIndexBytes([]))).toEqual([])
    expect(lookupShowIndex(showIndexBytes([]), 'A/RES/1')).toEqual([])
  })
})
