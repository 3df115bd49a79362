/**
 * The XML writer: escaping and a line-per-element printer. Text from the
 * inputs only ever reaches the output through escapeText/escapeAttr.
 */

// XML 1.0 cannot carry C0 controls (but tab, LF, CR), lone surrogates, U+FFFE or U+FFFF,
// not even as character references: they become U+FFFD (ingest refuses such inputs already).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Character data: `&`, `<`, `>` escaped; CR as a reference, since a parser would turn a raw CR into LF. */
export function escapeText(text: string): string {
  // Most texts need nothing: test before replacing (the lookbehind is slow on long strings).
  const clean = MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML, '\uFFFD') : text
  return SPECIAL.test(clean) ? clean.replace(SPECIAL_G, (ch) => ESCAPES[ch]) : clean
}

const MAYBE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const SPECIAL = /[&<>\r]/
const SPECIAL_G = /[&<>\r]/g
const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;'}

/** An attribute value in double quotes: also `"`, and tab and LF, which attribute normalisation would turn into spaces. */
export function escapeAttr(value: string): string {
  return escapeText(value).replace(/["\t\n]/g, (ch) => (ch === '"' ? '&quot;' : ch === '\t' ? '&#9;' : '&#10;'))
}

/** Attributes in the order given; null and undefined values are left out. */
export type Attrs = Record<string, string | null | undefined>

export function attrs(a: Attrs = {}): string {
  let out = ''
  for (const [name, value] of Object.entries(a)) if (value !== null && value !== undefined) out += ` ${name}="${escapeAttr(value)}"`
  return out
}

/** `<name …>inner</name>` on one line: `inner` is already XML (mixed content is never re-indented). */
export function element(name: string, a: Attrs, inner: string): string {
  return `<${name}${attrs(a)}>${inner}</${name}>`
}

export function empty(name: string, a: Attrs = {}): string {
  return `<${name}${attrs(a)}/>`
}

/**
 * Element-only content, one element per line, indented by depth. Whitespace
 * is added only between elements of element-only content, never inside
 * mixed content, so the layout is text nodes of spaces after a newline.
 */
export class XmlPrinter {
  /** [depth, ready XML] per line: indentation is added once, when the file is made */
  private readonly lines: [number, string][] = []
  private readonly stack: string[] = []

  open(name: string, a: Attrs = {}): this {
    this.lines.push([this.stack.length, `<${name}${attrs(a)}>`])
    this.stack.push(name)
    return this
  }

  close(): this {
    const name = this.stack.pop()
    if (name === undefined) throw new Error('XmlPrinter: close() without open()')
    this.lines.push([this.stack.length, `</${name}>`])
    return this
  }

  /** One line of ready XML (an element() or empty()). */
  line(xml: string): this {
    this.lines.push([this.stack.length, xml])
    return this
  }

  /** Another printer's lines, at the current depth (parts written out of order, such as metadata gathered while writing the body). */
  append(other: XmlPrinter): this {
    other.assertClosed()
    for (const [depth, xml] of other.lines) this.lines.push([depth + this.stack.length, xml])
    return this
  }

  /** The whole file, with its XML declaration. */
  toDocument(): string {
    this.assertClosed()
    const indents: string[] = []
    const indent = (depth: number) => (indents[depth] ??= '  '.repeat(depth))
    return `<?xml version="1.0" encoding="UTF-8"?>\n${this.lines.map(([depth, xml]) => indent(depth) + xml).join('\n')}\n`
  }

  private assertClosed(): void {
    if (this.stack.length > 0) throw new Error(`XmlPrinter: <${this.stack.at(-1)}> left open`)
  }
}
