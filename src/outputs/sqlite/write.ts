/**
 * The knowledge base → `kb.sqlite`. Rows go in document by document inside
 * one transaction, into a temporary file renamed at the end, so a reader
 * never sees half a database. better-sqlite3 writes pages to disk as its
 * small page cache fills, so memory does not grow with the knowledge base.
 * The same documents give the same bytes: a fixed insert order, no
 * timestamps, and the FTS index built in one pass and merged at the end.
 */
import {mkdirSync, renameSync, rmSync} from 'node:fs'
import {dirname} from 'node:path'
import Database from 'better-sqlite3'
import type {Document} from '../../kb/schema.js'
import {FTS_TABLE, TABLES, insertStatement, schemaStatements} from './schema.js'
import {documentRows, instrumentIdsOf} from './rows.js'

export const SQLITE_FILE = 'kb.sqlite'

/** `PRAGMA user_version` of the file: bumped when a table or column changes meaning. */
export const SQLITE_SCHEMA_VERSION = 1

export function writeSqlite(path: string, documents: Document[]): void {
  mkdirSync(dirname(path), {recursive: true})
  const tmp = `${path}.${process.pid}.tmp`
  rmSync(tmp, {force: true})
  let db: Database.Database | undefined
  try {
    db = new Database(tmp)
    // A fresh file renamed only when complete: nothing to roll back to, so no journal.
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    // A reference may link to a document inserted later: the keys are checked once, at the end.
    db.pragma('foreign_keys = OFF')
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION}`)
    fill(db, documents, path)
    const broken = db.pragma('foreign_key_check') as {table: string; rowid: number; parent: string}[]
    if (broken.length > 0) throw new Error(`${broken.length} rows break a foreign key, the first in ${broken[0].table} (row ${broken[0].rowid} → ${broken[0].parent})`)
    db.close()
    renameSync(tmp, path)
  } catch (error) {
    db?.close()
    rmSync(tmp, {force: true})
    throw new Error(`${path}: cannot write the SQLite database: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function fill(db: Database.Database, documents: Document[], path: string): void {
  for (const statement of schemaStatements()) db.exec(statement)
  const inserts = new Map(TABLES.map((t) => [t.name, db.prepare(insertStatement(t))]))
  const ids = instrumentIdsOf(documents)
  const written = new Map<string, string>()
  const twins: string[] = []
  db.transaction(() => {
    let seq = 1
    for (const doc of documents) {
      // Two inputs with the same bytes share an id (and every id inside): the second cannot have rows of its own.
      const first = written.get(doc.id)
      if (first !== undefined) {
        twins.push(`${doc.source.path} (= ${first})`)
        continue
      }
      written.set(doc.id, doc.source.path)
      const rows = documentRows(doc, ids, seq)
      seq += rows.paragraphs.length
      for (const [table, list] of Object.entries(rows)) {
        const insert = inserts.get(table)!
        for (const row of list) insert.run(row)
      }
    }
    db.exec(`INSERT INTO citations (citing, cited, refs)
      SELECT instrument, target_instrument, count(*) FROM refs
      WHERE instrument IS NOT NULL AND target_instrument IS NOT NULL AND target_instrument <> instrument
      GROUP BY instrument, target_instrument ORDER BY instrument, target_instrument`)
    db.exec(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}) VALUES ('rebuild')`)
    db.exec(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}) VALUES ('optimize')`)
  })()
  if (twins.length > 0) {
    const more = twins.length > 1 ? ` and ${twins.length - 1} more` : ''
    process.stderr.write(`${path}: left out ${twins.length} document(s) with the bytes, and so the id, of an earlier one: ${twins[0]}${more}\n`)
  }
}
