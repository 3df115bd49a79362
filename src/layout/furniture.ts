/**
 * Page furniture, found document-wide: what a printed page or a web page
 * adds around the text. Furniture goes to `meta.furniture` and never cuts,
 * joins or closes a paragraph.
 */
import type {Line} from '../parse/lines.js'

/** A document symbol alone on a line (`A/69/489`, `S/RES/2482 (2019)`, `CTOC/COP/2008/INF/1`). */
const SYMBOL_ALONE = /^[A-Z]{1,6}(?:\/[A-Za-z0-9.\-]+)+(?:\s*\(\d{4}\))?\s*\|?$/
const FURNITURE: RegExp[] = [
  // Job numbers, with their language code and print codes: `V.04-55239 (C)`, `V.05-81234 (C) GH 120505 120505`, `18-07613 (C)`.
  /^(?:[A-Z]\.)?\d{2}-\d{4,6}\s*\([A-Z]\)(?:\s*[A-Z]{1,3}\s*\d{6}(?:\s*\d{6})?)?(?:\s*\*?\d{6,9}\*?)?$/,
  // A barcode (`*0455239*`; Markdown may have read its asterisks as emphasis).
  /^\*?\d{7,9}\*?$/,
  // Page numbers: `3/40`, `- 5 -`, `第 5 页`.
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^-\s*\d{1,4}\s*-$/,
  // Placeholders a conversion leaves for images and empty cells.
  /^<\s*>$/,
  /^\|+$/
]
/** Site navigation of a web edition: `← | 聯合國安理會第352號決議 | …第353號決議 1974年7月20日 |`. */
const NAVIGATION = /^[←→]|[←→]\s*\|?$/
/** A cell of a navigation table naming a resolution or decision. */
const NAV_CELL = /^(?:联合国)?\S{0,12}第\s*\S{1,16}\s*号(?:决议|决定)(?:\s+\d{4}\s*年.*)?$|^(?:联合国)?\S{0,12}决议案\S{1,8}$/

function isNavigation(norm: string): boolean {
  if (NAVIGATION.test(norm)) return true
  if (!norm.includes('|')) return false
  const cells = norm.split('|').map((c) => c.trim()).filter((c) => c !== '')
  return cells.length > 0 && cells.every((c) => NAV_CELL.test(c))
}

/** Lines that are furniture flagged, with the reason taken from their shape. */
export function markFurniture(lines: Line[]): Line[] {
  const symbols = new Map<string, number>()
  for (const line of lines) {
    const t = line.norm.trim()
    if (SYMBOL_ALONE.test(t)) symbols.set(symbolKey(t), (symbols.get(symbolKey(t)) ?? 0) + 1)
  }
  const seen = new Set<string>()
  return lines.map((line) => {
    if (line.furniture) return line
    const t = line.norm.trim()
    let furniture = FURNITURE.some((re) => re.test(t)) || isNavigation(t)
    if (!furniture && SYMBOL_ALONE.test(t)) {
      // The masthead prints the symbol once; a repetition is the running header of a later page.
      const key = symbolKey(t)
      furniture = seen.has(key) && (symbols.get(key) ?? 0) > 1
      seen.add(key)
    }
    return furniture && line.markers.length === 0 ? {...line, furniture: true} : line
  })
}

function symbolKey(t: string): string {
  return t.replace(/[\s|]/g, '')
}
