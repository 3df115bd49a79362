/** Names in the site: file names for keys (which contain `/`), anchors unique within a page, links between pages. */
import {createHash} from 'node:crypto'

const UNSAFE = /[^A-Za-z0-9_.-]+/g

/** The key's safe characters, for a reader. */
export function slug(key: string, max = 60): string {
  return key.replace(UNSAFE, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, max)
}

/**
 * A file name for a key: its slug, then 8 hex digits of its hash, so that keys
 * differing only in characters the slug drops (`A/B`, `A-B`) or in case
 * (on a case-insensitive file system) still get files of their own.
 */
export function fileName(key: string): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8)
  const s = slug(key)
  return `${s ? `${s}-` : ''}${hash}.html`
}

/** Hands out names unique within one namespace: a name asked for again gets `-2`, `-3` … in the order asked. */
export class UniqueNames {
  private readonly used = new Set<string>()

  take(wanted: string): string {
    let name = wanted
    for (let n = 2; this.used.has(name); n++) name = `${wanted}-${n}`
    this.used.add(name)
    return name
  }
}

/** A link from one page of the site to another, both given relative to the site's root. */
export function relativeHref(from: string, to: string): string {
  return '../'.repeat(from.split('/').length - 1) + to
}
