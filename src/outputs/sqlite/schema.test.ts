import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../../../test/support/corpus.js'
import {FTS_TABLE, TABLES, schemaStatements, tablesMarkdown} from './schema.js'

describe('the kb.sqlite schema', () => {
  it('is documented in the README as it is defined', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain(tablesMarkdown())
  })

  it('creates the documented columns, each with its meaning in `.schema`, and a trigram FTS5 table', () => {
    const db = new Database(':memory:')
    for (const s of schemaStatements()) db.exec(s)
    for (const t of TABLES) {
      const columns = db.pragma(`table_info(${t.name})`) as {name: string; type: string; notnull: number}[]
      expect(columns.map((c) => [c.name, c.type, c.notnull === 1]), t.name).toEqual(t.columns.map((c) => [c.name, c.type, c.required === true]))
      const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(t.name) as {sql: string}).sql
      for (const c of t.columns) expect(sql, `${t.name}.${c.name}`).toContain(`-- ${c.doc}\n`)
    }
    db.prepare(`INSERT INTO documents VALUES ('d', 'a.txt', '', 0, 'utf-8', 'simplified', 'A', 'text', NULL)`).run()
    db.prepare('INSERT INTO paragraphs (seq, id, document, kind, text, start, "end") VALUES (1, ?, ?, ?, ?, 0, 14)').run('p', 'd', 'operative', '联合国打击跨国有组织犯罪公约')
    db.exec(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}) VALUES ('rebuild')`)
    const hits = (q: string) => db.prepare(`SELECT rowid FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ?`).all(q)
    expect(hits('有组织犯罪')).toEqual([{rowid: 1}])
    expect(hits('无组织犯罪')).toEqual([])
    db.close()
  })
})
