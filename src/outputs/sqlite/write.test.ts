import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildKnowledgeBase, readInputs} from '../../kb/build.js'
import type {Document, KnowledgeBase, Paragraph} from '../../kb/schema.js'
import {CORPUS_DIR, ROOT} from '../../../test/support/corpus.js'
import {SQLITE_FILE, writeSqlite} from './write.js'

/** Every paragraph object of kb.json, found by shape (only paragraphs have `pieces`), with the instrument key around it. */
function paragraphsIn(doc: Document): {p: Paragraph; instrument: string | null}[] {
  const out: {p: Paragraph; instrument: string | null}[] = []
  const walk = (value: unknown, instrument: string | null): void => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, instrument))
    if (value === null || typeof value !== 'object') return
    const o = value as Record<string, unknown>
    if (Array.isArray(o.pieces)) out.push({p: o as unknown as Paragraph, instrument})
    for (const v of Object.values(o)) walk(v, instrument)
  }
  walk(doc.sections, null)
  walk(doc.paragraphs, null)
  for (const inst of doc.instruments) walk(inst, inst.key)
  return out
}

/** The README's `sqlite3 output/kb.sqlite "…"` lines, in order. */
function readmeQueries(): {line: string; sql: string}[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  return [...readme.matchAll(/^sqlite3 output\/kb\.sqlite "([^"]+)"$/gm)].map((m) => ({line: m[0], sql: m[1]}))
}

const quoted = (sql: string, pattern: RegExp): string => {
  const m = sql.match(pattern)
  if (!m) throw new Error(`no ${pattern} in ${sql}`)
  return m[1]
}

describe('kb.sqlite', () => {
  let kb: KnowledgeBase
  let dir: string
  let db: Database.Database
  const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as {n: number}).n

  beforeAll(() => {
    kb = buildKnowledgeBase(readInputs([CORPUS_DIR]).map((i) => ({...i, path: i.path.slice(i.path.indexOf('corpus/'))})))
    dir = mkdtempSync(join(tmpdir(), 'reskb-sqlite-'))
    writeSqlite(join(dir, 'output', SQLITE_FILE), kb.documents)
    db = new Database(join(dir, 'output', SQLITE_FILE), {readonly: true})
  })
  afterAll(() => db?.close())

  it('has a row for every object of kb.json', () => {
    const docs = kb.documents
    const lists = docs.flatMap((d) => d.recommendationLists)
    const items = lists.flatMap((l) => l.items)
    const expected = {
      documents: docs.length,
      instruments: docs.flatMap((d) => d.instruments).length,
      paragraphs: docs.flatMap(paragraphsIn).length,
      refs: docs.flatMap((d) => d.references).length,
      footnotes: docs.flatMap((d) => d.footnotes).length,
      recommendation_lists: lists.length,
      recommendation_items: items.length,
      recommendation_addressees: items.flatMap((i) => i.addressees).length,
      recommendation_item_refs: items.flatMap((i) => i.references).length,
      recommendation_similar: items.flatMap((i) => i.similar).length,
      paragraphs_fts: docs.flatMap(paragraphsIn).length
    }
    expect(Object.fromEntries(Object.keys(expected).map((t) => [t, count(t)]))).toEqual(expected)
    expect(expected.recommendation_addressees).toBeGreaterThan(0)
  })

  it('holds every foreign key, and is a sound database', () => {
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.pragma('integrity_check', {simple: true})).toBe('ok')
    const writable = new Database(join(dir, 'output', SQLITE_FILE))
    expect(() => writable.exec(`INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check')`)).not.toThrow()
    writable.close()
  })

  it('keeps each paragraph and reference as kb.json has it, offsets included', () => {
    const paragraph = db.prepare('SELECT p.kind, p.num, p.label, p.text, p.start, p."end", i.key AS instrument FROM paragraphs p LEFT JOIN instruments i ON i.id = p.instrument WHERE p.id = ?')
    for (const {p, instrument} of kb.documents.flatMap(paragraphsIn)) {
      expect(paragraph.get(p.id), p.id).toEqual({kind: p.kind, num: p.num, label: p.label, text: p.text, start: p.start, end: p.end, instrument})
    }
    const ref = db.prepare(
      'SELECT r.kind, r.key, r.surface, r.place, r.source_start, r.source_end, i.key AS instrument, t.key AS target FROM refs r LEFT JOIN instruments i ON i.id = r.instrument LEFT JOIN instruments t ON t.id = r.target_instrument WHERE r.id = ?'
    )
    const refs = kb.documents.flatMap((d) => d.references)
    for (const r of refs) {
      expect(ref.get(r.id), r.id).toEqual({
        kind: r.kind,
        key: r.key,
        surface: r.surface,
        place: r.in,
        source_start: r.sourceStart,
        source_end: r.sourceEnd,
        instrument: r.instrument,
        target: r.target?.instrument ?? null
      })
    }
    expect(refs.some((r) => r.target?.instrument)).toBe(true)
  })

  it('answers the README example queries with the rows kb.json implies', () => {
    const [cites, recs, fts] = readmeQueries()
    expect(fts, 'three example queries in the README').toBeDefined()
    const docs = kb.documents

    const key = quoted(cites.sql, /r\.key = '([^']+)'/)
    const labels = new Map(docs.flatMap(paragraphsIn).map(({p}) => [p.id, p]))
    const citing = docs
      .flatMap((d) => d.references.filter((r) => r.key === key).map((r) => ({d, r})))
      .sort((a, b) => (a.d.source.path === b.d.source.path ? a.r.sourceStart - b.r.sourceStart : a.d.source.path < b.d.source.path ? -1 : 1))
      .map(({d, r}) => ({path: d.source.path, instrument: r.instrument, kind: labels.get(r.in)?.kind ?? null, label: labels.get(r.in)?.label ?? null, surface: r.surface}))
    expect(citing.length).toBeGreaterThan(0)
    expect(db.prepare(cites.sql).all()).toEqual(citing)

    const addressee = quoted(recs.sql, /a\.addressee = '([^']+)'/)
    const addressed = docs
      .flatMap((d) => d.recommendationLists)
      .flatMap((l) => l.items.filter((i) => i.addressees.includes(addressee as never)).map((i) => ({instrument: l.in, label: i.label, modality: i.modality, text: [...i.text].slice(0, 30).join('')})))
    expect(addressed.length).toBeGreaterThan(0)
    expect(db.prepare(recs.sql).all()).toEqual(addressed)

    const phrase = quoted(fts.sql, /MATCH '([^']+)'/)
    const holding = docs
      .flatMap(paragraphsIn)
      .filter(({p}) => p.text.includes(phrase))
      .map(({p, instrument}) => ({instrument, kind: p.kind, label: p.label}))
    expect(holding.length).toBeGreaterThan(0)
    const found = db.prepare(fts.sql).all() as {instrument: string | null; kind: string; label: string | null; snippet: string}[]
    expect(found.map(({instrument, kind, label}) => ({instrument, kind, label})).sort(byJson)).toEqual(holding.sort(byJson))
    for (const row of found) expect(row.snippet).toContain(`【${phrase}】`)
  })

  it('runs the README lines as printed in the sqlite3 shell', () => {
    for (const {line, sql} of readmeQueries()) {
      const printed = execFileSync('bash', ['-c', line], {cwd: dir, encoding: 'utf8'})
      const rows = (db.prepare(sql).raw().all() as unknown[][]).map((r) => r.map((v) => v ?? '').join('|'))
      expect(printed.split('\n').slice(0, -1), line).toEqual(rows)
    }
  })

  it('writes the same bytes for the same knowledge base', () => {
    const again = join(dir, 'again.sqlite')
    writeSqlite(again, kb.documents)
    expect(readFileSync(again).equals(readFileSync(join(dir, 'output', SQLITE_FILE)))).toBe(true)
  })

  it('refuses a knowledge base whose links point nowhere, in one line naming the file, and leaves the old file alone', () => {
    const out = mkdtempSync(join(tmpdir(), 'reskb-sqlite-bad-'))
    const path = join(out, SQLITE_FILE)
    writeFileSync(path, 'the last good build')
    const broken = structuredClone(kb.documents)
    const ref = broken.flatMap((d) => d.references).find((r) => r.target)!
    ref.target = {...ref.target!, paragraph: 'doc-0000000000000000/nowhere'}
    let message = ''
    try {
      writeSqlite(path, broken)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(new RegExp(`^${path}: .*foreign key.*refs`))
    expect(message).not.toContain('\n')
    expect(readFileSync(path, 'utf8')).toBe('the last good build')
    expect(readdirSync(out)).toEqual([SQLITE_FILE])
  })

  it('leaves out, and names, a document whose id an earlier one has (two files with the same bytes)', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'reskb-sqlite-dup-')), SQLITE_FILE)
    const doc = structuredClone(kb.documents.find((d) => d.recommendationLists.some((l) => l.items.some((i) => i.similar.length > 0)))!)
    // Recurrence then finds each similar item twice, under the same id.
    for (const item of doc.recommendationLists.flatMap((l) => l.items)) item.similar = [...item.similar, ...item.similar]
    const twin = {...structuredClone(doc), source: {...doc.source, path: 'corpus/twin.txt'}}
    const warnings: string[] = []
    const write = process.stderr.write
    process.stderr.write = ((s: string) => warnings.push(s)) as unknown as typeof process.stderr.write
    try {
      writeSqlite(path, [...kb.documents.map((d) => (d.id === doc.id ? doc : d)), twin])
    } finally {
      process.stderr.write = write
    }
    expect(warnings).toEqual([`${path}: left out 1 document(s) with the bytes, and so the id, of an earlier one: corpus/twin.txt (= ${doc.source.path})\n`])
    const twins = new Database(path, {readonly: true})
    expect(twins.prepare('SELECT path FROM documents').all()).toEqual(kb.documents.map((d) => ({path: d.source.path})))
    const items = kb.documents.flatMap((d) => d.recommendationLists.flatMap((l) => l.items))
    const pairs = new Set(items.flatMap((i) => i.similar.map((s) => `${i.id} ${s.item}`)))
    expect(twins.prepare('SELECT count(*) AS n FROM recommendation_similar').get()).toEqual({n: pairs.size})
    twins.close()
  })

  it('is written for an empty knowledge base too, into a folder not there yet', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'reskb-sqlite-new-')), 'a', 'b', SQLITE_FILE)
    writeSqlite(path, [])
    const empty = new Database(path, {readonly: true})
    expect(empty.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({n: 0})
    expect(empty.pragma('user_version', {simple: true})).toBe(1)
    empty.close()
  })
})

function byJson(a: unknown, b: unknown): number {
  const x = JSON.stringify(a)
  const y = JSON.stringify(b)
  return x < y ? -1 : x > y ? 1 : 0
}
