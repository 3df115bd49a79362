/** The schema as Markdown tables, one per type, generated from the zod schema's JSON Schema. */

interface JsonSchema {
  type?: string | string[]
  $ref?: string
  anyOf?: JsonSchema[]
  items?: JsonSchema | JsonSchema[]
  prefixItems?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  properties?: Record<string, JsonSchema>
  required?: string[]
  description?: string
  $defs?: Record<string, JsonSchema>
}

function typeName(s: JsonSchema): string {
  if (s.$ref) return s.$ref.split('/').pop() ?? s.$ref
  if (s.anyOf) return s.anyOf.map(typeName).join(' \\| ')
  if (s.enum) return s.enum.map((e) => `\`${String(e)}\``).join(' \\| ')
  if (s.const !== undefined) return `\`${String(s.const)}\``
  if (s.type === 'array') {
    if (s.prefixItems) return `[${s.prefixItems.map(typeName).join(', ')}]`
    return `${typeName((Array.isArray(s.items) ? s.items[0] : s.items) ?? {})}[]`
  }
  if (s.type === 'object' && s.properties) return 'object'
  return Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type ?? 'any')
}

/** What the common fields mean, where the schema leaves them undescribed. */
const COMMON: Record<string, string> = {
  id: 'stable id (document id + structural path)',
  start: 'offset of the first character in the original input',
  end: 'offset after the last character in the original input',
  text: 'text in the original script, markup removed',
  kind: 'what it is',
  title: 'title as printed',
  label: 'label as printed without brackets or dot',
  num: 'label as printed',
  message: 'what happened, for a person',
  severity: 'info, warning or error',
  paragraphs: 'paragraphs in reading order',
  markers: 'footnote markers',
  children: 'nested items',
  n: 'footnote number',
  source: 'the input file: path, sha256, size, encoding, script',
  meta: 'masthead fields (body, symbol, date, session, agenda item, adoption basis) and closing lines',
  toc: 'table of contents entries, kept apart from the body',
  instruments: 'resolutions and decisions whose text the document holds',
  footnotes: 'footnote definitions',
  tables: 'tab-separated tables and officer lists',
  references: 'citations found in the text',
  recommendationLists: 'recommendation lists set out in annexes',
  diagnostics: 'repairs and abstentions, with rule ids',
  preamble: 'preambular paragraphs',
  operative: 'numbered (or, in some decisions, lettered) operative paragraphs',
  annexes: 'annexes and appendices',
  documents: 'one per input file, sorted by path',
  schemaVersion: 'version of this schema',
  items: 'the list items in order',
  heading: 'the heading line',
  header: 'the header row',
  rows: 'the body rows',
  path: 'as given on the command line, relative to the working folder',
  addressees: 'who is asked to act (SPEC.md closed set)',
  modality: 'how strongly (SPEC.md closed set)',
  annexTitle: 'title of the annex',
  container: 'what holds the reference',
  sourceStart: 'offset in the original input',
  sourceEnd: 'offset after the end in the original input',
  distribution: 'masthead field',
  date: 'masthead date, or ISO date of the referent',
  languages: 'language lines of the masthead',
  session: 'session line (`第六十九届会议`)',
  agendaItem: 'agenda item line',
  adoptionBasis: 'adoption basis line (`[根据第三委员会的报告(A/69/489)通过]`)',
  other: 'other masthead lines (document symbols)'
}

function table(name: string, s: JsonSchema): string[] {
  const rows = Object.entries(s.properties ?? {}).map(([field, def]) => {
    const description = (def.description ?? def.anyOf?.find((a) => a.description)?.description ?? COMMON[field] ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')
    return `| \`${field}\` | ${typeName(def)} | ${description} |`
  })
  return [`## ${name}`, '', ...(s.description ? [s.description, ''] : []), '| field | type | meaning |', '|---|---|---|', ...rows, '']
}

export function schemaMarkdown(root: JsonSchema): string {
  const out = ['# reskb knowledge base: fields', '', 'Generated from `src/kb/schema.ts` by `reskb build`; offsets are UTF-16 units into the decoded input.', '']
  if (root.properties) out.push(...table('KnowledgeBase', root))
  for (const [name, def] of Object.entries(root.$defs ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (def.properties) out.push(...table(name, def))
  }
  return `${out.join('\n').trimEnd()}\n`
}
