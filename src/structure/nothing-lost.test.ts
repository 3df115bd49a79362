import {describe, expect, it} from 'vitest'
import {parseDocument} from '../pipeline/parse-document.js'
import {CORPUS_FILES, DEV_FILES, VARIANTS, corpusText, devBytes, variantBytes} from '../../test/support/corpus.js'
import {coverageDiff} from '../../test/support/coverage.js'

describe('every character of the input lands in exactly one place', () => {
  for (const file of CORPUS_FILES) {
    it(file, () => {
      const text = corpusText(file)
      expect(coverageDiff(text, parseDocument(text, {path: file}))).toEqual({missing: '', extra: ''})
    })
  }
  for (const file of DEV_FILES) {
    it(`dev: ${file}`, () => {
      const bytes = devBytes(file)
      expect(coverageDiff(bytes.toString('utf8'), parseDocument(bytes, {path: file}))).toEqual({missing: '', extra: ''})
    })
  }
  for (const variant of VARIANTS) {
    it(`${variant.name}: all corpus files`, () => {
      for (const file of CORPUS_FILES) {
        const source = variant.transform(corpusText(file))
        const doc = parseDocument(variantBytes(variant, corpusText(file)), {path: file})
        expect(coverageDiff(source, doc), file).toEqual({missing: '', extra: ''})
      }
    })
  }
})
