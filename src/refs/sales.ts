/**
 * United Nations sales numbers: `出售品编号：E.05.V.2` → `Sales/E.05.V.2`. A
 * bracketed volume note (`C.02.XIV.4(Vol. I, Part 1)`) is kept in the surface
 * but not in the key (SPEC: "the base number").
 */
import type {Hit} from './types.js'

const SALES_RE =
  /(?:(?:出售品编号|销售品编号|出售品号|Sales\s+No\.?)\s*[:.]?\s*)?(?<![A-Za-z0-9.])([A-Z](?:\/[A-Z])?\.\d{2}\.[IVXL]+(?:\.[A-Z])?\.\d{1,3})(?![\d.]\d)(\s*\(\s*Vol\.[^()]{0,40}\))?/g

export function findSalesNumbers(text: string): Hit[] {
  const hits: Hit[] = []
  if (!/\.[IVXL]+\./.test(text)) return hits
  SALES_RE.lastIndex = 0
  for (let m = SALES_RE.exec(text); m; m = SALES_RE.exec(text)) {
    hits.push({kind: 'sales-number', key: `Sales/${m[1]}`, start: m.index, end: m.index + m[0].length, rule: 'sales'})
  }
  return hits
}
