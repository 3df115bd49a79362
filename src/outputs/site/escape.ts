/**
 * HTML made of trusted markup and escaped text. `html` escapes every value it
 * interpolates unless it is already Markup, so text from an input can only
 * reach a page as text: the one way to skip escaping is to call `raw`.
 */
import {escapeHtml} from '../../kb/xref-index.js'

export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

type Value = Markup | string | number | null | undefined | false | readonly Value[]

/** Markup as it is: for the site's own constants, never for input text. */
export function raw(markup: string): Markup {
  return new Markup(markup)
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof Markup) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(String(value))
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0]
  values.forEach((v, i) => (out += render(v) + strings[i + 1]))
  return new Markup(out)
}

/** An http(s) address, or null: a link target taken from the knowledge base never carries another scheme. */
export function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s"'<>]+$/.test(url) ? url : null
}
