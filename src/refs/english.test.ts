import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {keys, refs} from './testing/helpers.js'
import {parseDocument} from '../pipeline/parse-document.js'
import {readGold} from '../eval/gold.js'
import {isEnglishSide} from '../eval/scope.js'

describe('English side of bitexts', () => {
  it('reads resolutions with their body, lists and dates, tagged en', () => {
    const found = refs('CERD', 'annexed to Commission on Human Rights resolution 1992/54 of 3 March 1992, to serve')
    expect(found.map((r) => [r.key, r.date, r.lang, r.surface])).toEqual([
      ['E/CN.4/RES/1992/54', '1992-03-03', 'en', 'Commission on Human Rights resolution 1992/54 of 3 March 1992']
    ])
    expect(keys(refs('A', 'Recalling its resolutions 53/115 and 54/132, pursuant to resolution 53/115,'))).toEqual([
      'resolution A/RES/53/115',
      'resolution A/RES/54/132',
      'resolution A/RES/53/115'
    ])
    expect(keys(refs('A', 'Security Council resolution 1373 (2001)'))).toEqual(['resolution S/RES/1373(2001)'])
  })

  it('reads articles of treaties whose Chinese short title the table knows', () => {
    expect(keys(refs('E', 'the Convention on the Rights of the Child, in particular article 33 thereof,'))).toEqual(['article OTHER:儿童权利公约/art33'])
    expect(keys(refs('CEDAW', 'Bearing in mind article 11 of the Convention on the Elimination of All Forms of Discrimination against Women, |'))).toEqual([
      'article OTHER:消除对妇女一切形式歧视公约/art11'
    ])
    expect(keys(refs('A', 'in accordance with article 2, paragraph 4, of the Charter of the United Nations'))).toEqual(['article CHARTER/art2/para4'])
    expect(keys(refs('A', 'article 12 of the Convention on Biological Diversity'))).toEqual([])
  })

  it('finds every English-side reference the dev gold records, with its key', () => {
    const dir = 'test/fixtures/dev'
    for (const gold of readGold(dir)) {
      const english = gold.references.filter((r) => isEnglishSide(r.surface))
      if (!english.length) continue
      const doc = parseDocument(readFileSync(`${dir}/${gold.file}`), {path: gold.file})
      const found = doc.references.filter((r) => r.lang === 'en').map((r) => [r.kind, r.key, r.surface])
      expect(found, gold.file).toEqual(english.map((r) => [r.kind, r.key, r.surface]))
    }
  })
})
