import {describe, expect, it} from 'vitest'
import iconv from 'iconv-lite'
import {InputError, decodeBytes} from './decode.js'

const text = '联合国打击跨国有组织犯罪公约缔约方会议，\n\n1. 请秘书处继续协助各工作组履行职能；\n'

function refused(bytes: Uint8Array): InputError {
  try {
    decodeBytes(bytes)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('accepted')
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    const bytes = new TextEncoder().encode(text)
    expect(decodeBytes(bytes)).toEqual({text, encoding: 'utf-8'})
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({text, encoding: 'utf-8-bom'})
  })
  it('reads UTF-16 with BOM, both byte orders', () => {
    expect(decodeBytes(iconv.encode(text, 'utf16le', {addBOM: true}))).toEqual({text, encoding: 'utf-16le'})
    expect(decodeBytes(iconv.encode(text, 'utf16be', {addBOM: true}))).toEqual({text, encoding: 'utf-16be'})
  })
  it('reads GB18030', () => {
    expect(decodeBytes(iconv.encode(text, 'gb18030'))).toEqual({text, encoding: 'gb18030'})
  })
  it('refuses empty and whitespace-only files', () => {
    expect(refused(new Uint8Array()).ruleId).toBe('empty')
    expect(refused(new TextEncoder().encode(' \n\t\r\n')).ruleId).toBe('empty')
  })
  it('refuses binary files', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    expect(refused(png).ruleId).toBe('binary')
  })
  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(refused(new Uint8Array([0x41, 0xff, 0xfe, 0xff, 0x42, 0x80])).ruleId).toBe('undecodable')
  })
})
