import {describe, expect, it} from 'vitest'
import {parseDocument} from '../pipeline/parse-document.js'
import {CORPUS_FILES, VARIANTS, corpusText, gold, variantBytes} from '../../test/support/corpus.js'

describe('operative actions', () => {
  it('every operative paragraph of the corpus has an action from the set', () => {
    let count = 0
    for (const file of CORPUS_FILES) {
      for (const inst of parseDocument(corpusText(file), {path: file}).instruments) {
        for (const op of inst.operative) {
          count++
          expect(op.action, `${inst.key} op ${op.label}: ${op.text.slice(0, 12)}`).not.toBe('other')
          expect(op.text.startsWith(op.lead ?? '\u0000') || op.text.includes(op.lead ?? '\u0000')).toBe(true)
        }
      }
    }
    expect(count).toBe(CORPUS_FILES.reduce((n, f) => n + gold(f).instruments.reduce((m, i) => m + i.operative.length, 0), 0))
  })

  it('keeps the lead phrase as printed and its normalised action', () => {
    const doc = parseDocument(corpusText('001_419ad46391bfdb07.txt'), {path: '001'})
    const res = doc.instruments.find((i) => i.key === 'CTOC/COP/RES/9/2')!
    expect([res.operative[10].lead, res.operative[10].action]).toEqual(['还鼓励', 'encourages'])
    expect(res.operative[34].addressees).toEqual(['Secretariat'])
    expect([res.preamble[0].lead, res.preamble[0].action]).toEqual(['回顾', 'recalls'])
  })

  it('reads Traditional text and prints the lead in Traditional', () => {
    const variant = VARIANTS.find((v) => v.traditional)!
    const doc = parseDocument(variantBytes(variant, corpusText('000_72cb1ed1b35ea5b9.txt')), {path: '000'})
    const op = doc.instruments[0].operative[15]
    expect([op.lead, op.action]).toEqual(['又請', 'requests'])
  })
})
