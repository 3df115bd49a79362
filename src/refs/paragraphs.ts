/**
 * Paragraphs of the text itself: `上文第 6 段`, `第 28 和 29 段`, `第 8 和第 10 段`,
 * `本程序和规则的第 9 段`. A paragraph pinned to another document is left out:
 * after a document symbol or a cited resolution (`…/4，第 8 段`,
 * `(A/CONF.192/15)，第四章，第24段`, `第1483(2003)号决议第19段`), after a title
 * (`《…》第 3 段`), after `同上` (ibid.), or of a report or resolution named by
 * words (`该决议第 5 段`).
 */
import {ZH_NUM, scanNumberLists} from './numerals.js'
import type {Hit} from './types.js'

const N = `(?:\\d+|${ZH_NUM})`

const SECTION_G = new RegExp(`第\\s*${N}\\s*[章节部]`, 'g')

/** What may stand between a cited document and a pinpoint inside it. */
function pinpointGap(g: string): boolean {
  const s = g
    .replace(SECTION_G, '')
    .replace(/[A-Z](?:\.\d+)?\s*[节部分]+/g, '')
    .replace(/附件[一二三四五六七八九十\d]*|附录|号文件|文件/g, '')
    .replace(/[\s,()、:]|和|及|中|的|执行部分|序言部分/g, '')
  return s === ''
}

const FOREIGN_BEFORE = /(?:》|(?<![本])(?:报告|决议|决定|文件|说明|宣言|结论)(?:附件[一二三四五六七八九十]*)?)\s*(?:的)?\s*$/

export function findParagraphs(text: string, anchors: Hit[]): Hit[] {
  const hits: Hit[] = []
  if (!text.includes('段')) return hits
  const sorted = [...anchors].sort((a, b) => a.end - b.end)
  let ai = 0
  for (const m of scanNumberLists(text, '段', {inner: '段'})) {
    if (text[m.end] === '落') continue
    const start = m.start
    const before = text.slice(Math.max(0, start - 40), start)
    if (/序言部分\s*$/.test(before)) continue
    if (FOREIGN_BEFORE.test(before)) continue
    if (start <= 8 && /^\s*同上\s*,?\s*$/.test(before)) continue
    while (ai < sorted.length && sorted[ai].end <= start) ai++
    const anchor = ai > 0 ? sorted[ai - 1] : undefined
    if (anchor && start - anchor.end <= 60 && !/[。;]/.test(text.slice(anchor.end, start)) && pinpointGap(text.slice(anchor.end, start))) continue
    const lead = /(?:上文|下文|本程序和规则的|本决议的?|本决定的?)\s*$/.exec(before)
    const s = lead ? start - lead[0].length : start
    for (const n of m.values) hits.push({kind: 'paragraph', key: `para${n}`, start: s, end: m.end, rule: 'para'})
  }
  return hits
}
