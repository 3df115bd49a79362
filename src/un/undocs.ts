/**
 * Links to the UN Official Document System. Only keys that are real UN
 * document symbols get one: GA, ECOSOC, Security Council and Human Rights
 * Council resolutions and decisions, and cited symbols. Keys of treaty bodies
 * and functional commissions (`CTOC/COP/RES/9/1`, `E/CN.15/RES/22/7`) are not
 * symbols of documents and get none — never a made-up URL.
 */
const SYMBOL_RESOLUTION = /^(A|E|S|A\/HRC)\/(RES|DEC)\//

export function undocsUrl(key: string): string | null {
  if (key.startsWith('?/')) return null
  if (/\/(RES|DEC)\//.test(key) && !SYMBOL_RESOLUTION.test(key)) return null
  if (/^E\/CN\.\d+\/(RES|DEC)\//.test(key)) return null
  return `https://undocs.org/zh/${key}`
}
