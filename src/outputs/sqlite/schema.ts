/**
 * The tables of `kb.sqlite`, as data: the DDL (with each column's meaning as
 * a comment, so `.schema` documents the file), the insert statements and the
 * README's table of tables are all generated from this one list. Ids are
 * kb.json's own ids, so a row and its kb.json object are found by the same
 * string.
 */

export interface Column {
  name: string
  type: 'TEXT' | 'INTEGER' | 'REAL'
  /** NOT NULL */
  required?: true
  unique?: true
  /** `table(column)` of a foreign key */
  references?: string
  doc: string
}

export interface Table {
  name: string
  doc: string
  columns: Column[]
  primaryKey: string[]
  /** the columns of each index, for the common questions */
  indexes: string[][]
}

const text = (name: string, doc: string, more: Partial<Column> = {}): Column => ({name, type: 'TEXT', doc, ...more})
const int = (name: string, doc: string, more: Partial<Column> = {}): Column => ({name, type: 'INTEGER', doc, ...more})
const offsets = (what: string): Column[] => [int('start', `offset of ${what} in the original input (UTF-16 units)`, {required: true}), int('end', 'offset after its last character', {required: true})]
const documentColumn = text('document', 'the document', {required: true, references: 'documents(id)'})

export const TABLES: Table[] = [
  {
    name: 'documents',
    doc: 'one row per input file',
    columns: [
      text('id', 'kb.json document id', {required: true}),
      text('path', 'input path as recorded', {required: true}),
      text('sha256', 'of the input bytes', {required: true}),
      int('bytes', 'input size', {required: true}),
      text('encoding', '`utf-8`, `utf-16le`, `gb18030`, …', {required: true}),
      text('script', '`simplified` or `traditional`', {required: true}),
      text('issuer', 'SPEC body prefix (`A`, `CTOC/COP`)', {required: true}),
      text('kind', '`report`, `resolution`, `decision`, `resolutions`, `text`', {required: true}),
      text('title', 'masthead title, as printed')
    ],
    primaryKey: ['id'],
    indexes: []
  },
  {
    name: 'instruments',
    doc: 'resolutions and decisions whose text is in the knowledge base',
    columns: [
      text('id', 'kb.json instrument id', {required: true}),
      documentColumn,
      text('key', 'canonical key (`CTOC/COP/RES/9/1`)', {required: true}),
      text('kind', '`resolution` or `decision`', {required: true}),
      text('number', 'as printed without spaces (`9/1`)', {required: true}),
      text('title', 'title as printed'),
      text('adopted_by', 'the adopting-body line (`大会`)'),
      text('section', 'id of the report section that holds it'),
      ...offsets('the instrument')
    ],
    primaryKey: ['id'],
    indexes: [['key'], ['document']]
  },
  {
    name: 'paragraphs',
    doc: 'every paragraph: report text, headings, preamble, operative and annex paragraphs, sub-paragraphs (`parent`)',
    columns: [
      int('seq', 'position in knowledge-base order; the rowid of `paragraphs_fts`', {required: true}),
      text('id', 'kb.json paragraph id', {required: true, unique: true}),
      documentColumn,
      text('instrument', 'the instrument whose text holds it; null for report text', {references: 'instruments(id)'}),
      text('parent', 'the paragraph it is a sub-paragraph of', {references: 'paragraphs(id)'}),
      text('kind', '`heading`, `title`, `formula`, `preamble`, `operative`, `subparagraph`, `report`, `annex`, …', {required: true}),
      text('num', 'label as printed (`12.`, `(a)`)'),
      text('label', 'label without brackets or dot (`12`, `a`)'),
      text('text', 'text in the original script, markup and footnote markers removed', {required: true}),
      text('lead', 'lead phrase of a preambular or operative paragraph, as printed'),
      text('action', 'normalised action of the lead phrase (README: Recommendation lists and actions)'),
      ...offsets('its first character')
    ],
    primaryKey: ['seq'],
    indexes: [['instrument'], ['document'], ['parent']]
  },
  {
    name: 'footnotes',
    doc: 'footnote definitions',
    columns: [
      text('id', 'kb.json footnote id', {required: true}),
      documentColumn,
      int('n', 'footnote number', {required: true}),
      text('marker', 'the marker as printed', {required: true}),
      text('text', 'footnote text', {required: true}),
      ...offsets('the definition')
    ],
    primaryKey: ['id'],
    indexes: [['document']]
  },
  {
    // Not `references`: that is an SQL keyword, and `SELECT * FROM references` would fail in every client.
    name: 'refs',
    doc: 'every reference found (kb.json `references`), with its place and what it links to',
    columns: [
      text('id', 'kb.json reference id', {required: true}),
      documentColumn,
      text('kind', '`resolution`, `decision`, `article`, `chapter`, `symbol`, `treaty-series`, `sales-number`, `sdg`, `paragraph`, `footnote`', {required: true}),
      text('key', 'canonical key (`A/RES/68/193`, `UNTOC/art32/para4`)', {required: true}),
      text('surface', 'the text as printed', {required: true}),
      text('date', 'ISO date where the text dates the referent'),
      int('hard', '1 where the text is damaged and the key was inferred', {required: true}),
      text('rule', 'id of the rule that found it', {required: true}),
      text('container', '`paragraph`, `footnote`, `table` or `meta`', {required: true}),
      text('place', 'id of the paragraph, footnote, table row or masthead field that holds it', {required: true}),
      text('paragraph', '`place` when it is a paragraph', {references: 'paragraphs(id)'}),
      text('footnote', '`place` when it is a footnote', {references: 'footnotes(id)'}),
      text('instrument', 'the instrument whose text holds it', {references: 'instruments(id)'}),
      int('start', 'offset in the text of its place', {required: true}),
      int('end', 'offset after it in that text', {required: true}),
      int('source_start', 'offset in the original input', {required: true}),
      int('source_end', 'offset after it in the original input', {required: true}),
      text('target_document', 'the document it links to', {references: 'documents(id)'}),
      text('target_instrument', 'the instrument it links to', {references: 'instruments(id)'}),
      text('target_paragraph', 'the paragraph it links to', {references: 'paragraphs(id)'}),
      text('target_footnote', 'the footnote definition it links to', {references: 'footnotes(id)'}),
      text('url', 'official document link')
    ],
    primaryKey: ['id'],
    indexes: [['key'], ['kind', 'key'], ['place'], ['instrument'], ['target_instrument']]
  },
  {
    name: 'citations',
    doc: 'instrument → instrument: one row per pair, from the references whose text is in one instrument and whose target is another',
    columns: [
      text('citing', 'the instrument whose text cites', {required: true, references: 'instruments(id)'}),
      text('cited', 'the instrument cited', {required: true, references: 'instruments(id)'}),
      int('refs', 'how many references', {required: true})
    ],
    primaryKey: ['citing', 'cited'],
    indexes: [['cited']]
  },
  {
    name: 'recommendation_lists',
    doc: 'recommendation lists',
    columns: [
      text('id', 'kb.json list id', {required: true}),
      documentColumn,
      text('instrument', 'the instrument that sets out the list', {references: 'instruments(id)'}),
      text('annex', 'label of the annex that holds it (`附件一`)'),
      text('annex_title', 'title of that annex'),
      text('adopted_by', 'the subsidiary body that adopted it, as named'),
      text('meeting', 'the adopting meeting, as printed'),
      text('meeting_start', 'ISO date of the meeting (first day)'),
      text('meeting_end', 'ISO date of the meeting (last day)'),
      text('endorsed_by', 'the operative paragraph that endorses it', {references: 'paragraphs(id)'}),
      text('intro', 'the paragraph that introduces it', {references: 'paragraphs(id)'})
    ],
    primaryKey: ['id'],
    indexes: [['instrument']]
  },
  {
    name: 'recommendation_list_sources',
    doc: 'document symbols of the report that holds a list, from its footnote (long format)',
    columns: [text('list', 'the list', {required: true, references: 'recommendation_lists(id)'}), text('symbol', 'document symbol', {required: true})],
    primaryKey: ['list', 'symbol'],
    indexes: []
  },
  {
    name: 'recommendation_items',
    doc: 'recommendation items; `id` is the paragraph that holds the item',
    columns: [
      text('id', 'kb.json item id', {required: true, references: 'paragraphs(id)'}),
      text('list', 'the list', {required: true, references: 'recommendation_lists(id)'}),
      int('position', '1 for the first item of its list', {required: true}),
      text('label', 'label as printed without brackets or dot', {required: true}),
      text('topic', 'the unnumbered sub-heading above the item'),
      text('text', 'whole item text', {required: true}),
      text('modality', '`should`, `should-consider`, `may`, `may-wish`, `encouraged`, `invited`, `called-upon`, `urged`, `requested`, `other`', {required: true}),
      ...offsets('the item')
    ],
    primaryKey: ['id'],
    indexes: [['list'], ['modality']]
  },
  {
    name: 'recommendation_addressees',
    doc: 'who an item addresses (long format: one row per item and addressee)',
    columns: [
      text('item', 'the item', {required: true, references: 'recommendation_items(id)'}),
      text('addressee', '`States`, `StatesParties`, `MemberStates`, `Secretariat`, `UNODC`, `COP`, `WorkingGroup`, `CentralAuthorities`, `Other`', {required: true})
    ],
    primaryKey: ['item', 'addressee'],
    indexes: [['addressee']]
  },
  {
    name: 'recommendation_item_refs',
    doc: 'the references found in an item',
    columns: [text('item', 'the item', {required: true, references: 'recommendation_items(id)'}), text('ref', 'the reference', {required: true, references: 'refs(id)'})],
    primaryKey: ['item', 'ref'],
    indexes: []
  },
  {
    name: 'recommendation_similar',
    doc: 'the most similar items of other lists (recurrence)',
    columns: [
      text('item', 'the item', {required: true, references: 'recommendation_items(id)'}),
      text('similar', 'a similar item of another list', {required: true, references: 'recommendation_items(id)'}),
      {name: 'score', type: 'REAL', required: true, doc: 'TF-IDF cosine'}
    ],
    primaryKey: ['item', 'similar'],
    indexes: []
  }
]

/** Full-text search over `paragraphs.text`; trigram tokens, so Chinese (which has no spaces) matches any run of 3+ characters. */
export const FTS_TABLE = 'paragraphs_fts'

const quote = (name: string): string => `"${name}"`

function columnDefinition(c: Column): string {
  const foreign = c.references?.match(/^(\w+)\((\w+)\)$/)
  return [
    quote(c.name),
    c.type,
    c.required ? 'NOT NULL' : '',
    c.unique ? 'UNIQUE' : '',
    foreign ? `REFERENCES ${quote(foreign[1])}(${quote(foreign[2])})` : ''
  ]
    .filter(Boolean)
    .join(' ')
}

/** The statements that create the schema, in order. */
export function schemaStatements(tables: Table[] = TABLES): string[] {
  const out: string[] = []
  for (const t of tables) {
    // SQLite keeps the statement as written, comments included: `.schema` shows what each column means.
    const body = [...t.columns.map((c) => `${columnDefinition(c)}, -- ${c.doc}`), `PRIMARY KEY (${t.primaryKey.map(quote).join(', ')})`]
    out.push(`CREATE TABLE ${quote(t.name)} ( -- ${t.doc}\n  ${body.join('\n  ')}\n)`)
    for (const cols of t.indexes) out.push(`CREATE INDEX ${quote(`${t.name}_${cols.join('_')}`)} ON ${quote(t.name)} (${cols.map(quote).join(', ')})`)
  }
  out.push(`CREATE VIRTUAL TABLE ${quote(FTS_TABLE)} USING fts5(text, content='paragraphs', content_rowid='seq', tokenize='trigram')`)
  return out
}

/** `INSERT INTO t (…) VALUES (@…)`: rows are bound by column name. */
export function insertStatement(t: Table): string {
  return `INSERT INTO ${quote(t.name)} (${t.columns.map((c) => quote(c.name)).join(', ')}) VALUES (${t.columns.map((c) => `@${c.name}`).join(', ')})`
}

/** The README's table of tables: name, what it holds, columns (`→ t`: a foreign key to t). */
export function tablesMarkdown(tables: Table[] = TABLES): string {
  const columns = (t: Table): string => t.columns.map((c) => `\`${c.name}\`${c.references ? ` → ${c.references.replace(/\(.*/, '')}` : ''}`).join(', ')
  return [
    '| table | what | columns (→ table: foreign key) |',
    '|---|---|---|',
    ...tables.map((t) => `| \`${t.name}\` | ${t.doc} | ${columns(t)} |`),
    `| \`${FTS_TABLE}\` | FTS5 index of \`paragraphs.text\` (trigram tokenizer) | \`text\`; its rowid is \`paragraphs.seq\` |`
  ].join('\n')
}
