/**
 * Width folding that keeps every UTF-16 offset: full-width ASCII forms
 * (`１２`, `，`, `（`, `：`, `／`) become their half-width twins and the
 * ideographic space a plain space. Rules then only need one spelling, and an
 * offset found in the folded text is an offset in the original.
 */
const WIDE = /[\uff01-\uff5e\u3000]/g

function narrow(c: string): string {
  return c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)
}

export function foldWidth(text: string): string {
  WIDE.lastIndex = 0
  return WIDE.test(text) ? text.replace(WIDE, narrow) : text
}
