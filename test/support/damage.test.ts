/**
 * The damage generators keep the text: every non-space character of the
 * input but the markup a generator deliberately changes, plus the furniture
 * it inserts; and each does the damage it names. Generators only, no parsing.
 */
import {describe, expect, it} from 'vitest'
import {CORPUS_FILES, corpusText} from './corpus.js'
import {DAMAGE_KINDS, documentSymbol, flattenPages, hardWrap, lostSuperscripts, noBlankLines, pageFurniture, planPageBreaks, wrapLine} from './damage.js'

const SEED = 7

/** Non-space characters with their counts, sorted, so two texts compare as multisets. */
function nonSpaceCounts(texts: readonly string[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const text of texts) for (const c of text.replace(/\s+/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1)
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

describe('damage keeps every non-space character', () => {
  for (const kind of DAMAGE_KINDS) {
    it(kind.name, () => {
      const fold = kind.fold ?? ((s: string) => s)
      for (const file of CORPUS_FILES) {
        const text = corpusText(file)
        const damaged = kind.damage(text, SEED)
        expect(damaged, `${file}: deterministic`).toBe(kind.damage(text, SEED))
        const inserted = kind.inserted?.(text, SEED) ?? []
        expect(nonSpaceCounts([fold(damaged)]), file).toEqual(nonSpaceCounts([fold(text), ...inserted]))
      }
    })
  }
})

describe('each generator does its damage', () => {
  const texts = CORPUS_FILES.map(corpusText)

  it('hardWrap breaks every long line at the width, mid-number included, and keeps heading marks at line starts', () => {
    let midNumber = 0
    for (const text of texts) {
      for (const line of text.split('\n')) {
        const pieces = wrapLine(line, 20)
        expect(pieces.join('')).toBe(line)
        // each piece runs to the first break allowed at the width: wrapping it again changes nothing
        for (const piece of pieces) expect(wrapLine(piece, 20), piece).toEqual([piece])
        pieces.slice(1).forEach((p, k) => (midNumber += /\d$/.test(pieces[k]) && /^\d/.test(p) ? 1 : 0))
      }
      const headings = (t: string) => t.split('\n').filter((l) => /^#{1,6} /.test(l)).length
      const wrapped = hardWrap(20)(text, SEED)
      expect(wrapped.split('\n').length).toBeGreaterThan(text.split('\n').length)
      expect(headings(wrapped)).toBe(headings(text))
    }
    expect(midNumber).toBeGreaterThan(0)
  })

  it('pageFurniture inserts a block between blank lines at each break, numbered n/N', () => {
    for (const text of texts) {
      const plan = planPageBreaks(hardWrap(37)(text, SEED), SEED)
      expect(plan.breaks.length).toBeGreaterThan(0)
      plan.breaks.forEach((b, k) => {
        expect(b.block[0]).toBe('')
        expect(b.block.at(-1)).toBe('')
        expect(b.block).toContain(`${k + 2}/${plan.breaks.length + 1}`)
        expect(b.block.some((l) => /^(?:V\.|GE\.)?\d{2}-\d{5} \(C\)$/.test(l))).toBe(true)
        expect(b.block.some((l) => /^\*\d{7}\*$/.test(l))).toBe(true)
        // the line before and after the block are text, not blank
        expect(plan.lines[b.before - 1].trim()).not.toBe('')
        expect(plan.lines[b.before].trim()).not.toBe('')
      })
    }
  })

  it('pageFurniture repeats the masthead symbol as running header, and none where there is none', () => {
    const text = '# 大会\n\nA/RES/69/197\n\n' + '这是一段很长的正文，一直写下去。'.repeat(4).concat('\n\n').repeat(60)
    expect(documentSymbol(text)).toBe('A/RES/69/197')
    expect(pageFurniture(text, SEED).split('\n').filter((l) => l === 'A/RES/69/197').length).toBeGreaterThan(1)
    expect(documentSymbol('# 大会\n\n[根据第三委员会的报告(A/69/489)通过]')).toBeNull()
  })

  it('noBlankLines leaves no blank line', () => {
    for (const text of texts) expect(noBlankLines(text, SEED).split('\n').filter((l) => l.trim() === '')).toEqual([])
  })

  it('lostSuperscripts leaves plain digits glued to the text, at markers and definitions', () => {
    expect(lostSuperscripts('议定书<sup>1</sup>是\n\n<sup>12</sup> 联合国\n\n公约》²作为\n\n³ 大会', SEED)).toBe('议定书1是\n\n12 联合国\n\n公约》2作为\n\n3 大会')
    for (const text of texts) expect(lostSuperscripts(text, SEED)).not.toMatch(/<sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]/)
  })

  it('flattenPages puts about 40 lines on each physical line, nothing added between them', () => {
    for (const text of texts) {
      const lines = text.split('\n')
      const pages = flattenPages(text, SEED).split('\n')
      expect(pages.length).toBeGreaterThanOrEqual(Math.floor(lines.length / 48))
      expect(pages.length).toBeLessThanOrEqual(Math.ceil(lines.length / 32) + 1)
    }
    expect(flattenPages('## 标题\n\n正文，\n- (a) 项', SEED)).toBe('标题正文，(a) 项')
  })
})
