/**
 * Width folding that keeps every UTF-16 offset: full-width ASCII forms
 * (`１２`, `，`, `（`, `：`, `／`) become their half-width twins and the
 * ideographic space a plain space. Rules then only need one spelling, and an
 * offset found in the folded text is an offset in the original.
 */
export function foldWidth(text: string): string {
  let out = ''
  let changed = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0)
      changed = true
    } else if (c === 0x3000) {
      out += ' '
      changed = true
    } else {
      out += text[i]
    }
  }
  return changed ? out : text
}
