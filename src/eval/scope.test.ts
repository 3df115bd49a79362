import {describe, expect, it} from 'vitest'
import {isEnglishSide} from './scope.js'

describe('scoring scope', () => {
  it('leaves out references on the English side of a bitext', () => {
    expect(isEnglishSide('Commission on Human Rights resolution 1992/54 of 3 March 1992')).toBe(true)
    expect(isEnglishSide('article 33 thereof')).toBe(true)
  })

  it('keeps Chinese surfaces and bare symbols in scope', () => {
    expect(isEnglishSide('1992年3月3日人权委员会第1992/54号决议')).toBe(false)
    expect(isEnglishSide('A/HRC/27/L.1')).toBe(false)
    expect(isEnglishSide('大会A/RES/50/72A号决议')).toBe(false)
  })
})
