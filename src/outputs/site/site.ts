/**
 * `output/site/`: a static site of the knowledge base, no server and no
 * network needed (site-map.ts names its pages). The pages are made one at a
 * time, so the whole site is never held in memory, into a fresh folder that
 * then replaces the old one: no page of an earlier build is left behind.
 */
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import type {KnowledgeBase} from '../../kb/schema.js'
import type {XrefIndex} from '../../kb/xref-index.js'
import {citedByPath, documentPage} from './document-page.js'
import {indexPage} from './index-page.js'
import {instrumentPage, instrumentTexts} from './instrument-page.js'
import {citationNetwork, networkSvg} from './network.js'
import {referentPage} from './referent-page.js'
import {buildSiteMap, INDEX_FILE, NETWORK_FILE, referentKey} from './site-map.js'

export const SITE_DIR = 'site'

export interface SiteFile {
  /** relative to the site's root, with `/` */
  name: string
  data: string
}

export function* sitePages(kb: KnowledgeBase, index: XrefIndex): Generator<SiteFile> {
  const site = buildSiteMap(kb, index)
  // Nodes link from the site's root, where index.html and network.svg stand.
  const nodeHref = (key: string) => site.instruments.get(key) ?? site.referents.get(referentKey('resolution', key)) ?? site.referents.get(referentKey('decision', key)) ?? null
  const network = networkSvg(citationNetwork(index), nodeHref)
  yield {name: INDEX_FILE, data: indexPage(site, index, network)}
  yield {name: NETWORK_FILE, data: `${network.value}\n`}
  const citedBy = citedByPath(index)
  for (const d of site.documents) yield {name: d.file, data: documentPage(d, site, citedBy.get(d.doc.source.path) ?? [])}
  for (const [key, texts] of instrumentTexts(site, index)) yield {name: site.instruments.get(key) as string, data: instrumentPage(site.instruments.get(key) as string, texts, site)}
  for (const g of index.groups) for (const r of g.referents) {
    const file = site.referents.get(referentKey(r.kind, r.key)) as string
    yield {name: file, data: referentPage(file, r, g.title, site)}
  }
}

/** Writes the site into `out/site/`, replacing what was there; returns the names written, relative to `out`. */
export function writeSite(kb: KnowledgeBase, index: XrefIndex, out: string): string[] {
  const final = join(out, SITE_DIR)
  const fresh = `${final}.${process.pid}.tmp`
  const stale = `${final}.${process.pid}.old`
  rmSync(fresh, {recursive: true, force: true})
  const names: string[] = []
  try {
    for (const file of sitePages(kb, index)) {
      const path = join(fresh, file.name)
      mkdirSync(dirname(path), {recursive: true})
      writeFileSync(path, file.data)
      names.push(`${SITE_DIR}/${file.name}`)
    }
    rmSync(stale, {recursive: true, force: true})
    try {
      renameSync(final, stale)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    renameSync(fresh, final)
    rmSync(stale, {recursive: true, force: true})
  } catch (error) {
    rmSync(fresh, {recursive: true, force: true})
    throw error
  }
  return names
}
