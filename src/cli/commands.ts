/**
 * The subcommand table. Each command lives in its own module, imported only
 * when it runs: `reskb search` must answer within a few hundred milliseconds
 * of starting, and importing every command (the parsing pipeline, zod,
 * natural) took half of that.
 */

export interface Command {
  name: string
  summary: string
  help: string
  run: (args: string[]) => Promise<number>
}

/** What the table knows of a command without importing it; `load` imports it (its summary is the same, tested). */
export interface CommandEntry {
  name: string
  summary: string
  load: () => Promise<Command>
}

const entries: CommandEntry[] = [
  {name: 'parse', summary: 'print one document as JSON', load: async () => (await import('./parse.js')).parseCommand},
  {name: 'build', summary: 'build the knowledge base from files or folders into output/', load: async () => (await import('./build.js')).buildCommand},
  {name: 'refs', summary: 'list citations: who cites what, and where', load: async () => (await import('./refs.js')).refsCommand},
  {name: 'recs', summary: 'list recommendation items (table, CSV, JSONL)', load: async () => (await import('./recs.js')).recsCommand},
  {name: 'search', summary: 'full-text search over every paragraph', load: async () => (await import('./search.js')).searchCommand},
  {name: 'show', summary: 'everything about an instrument or a cited key', load: async () => (await import('./show.js')).showCommand},
  {name: 'akn', summary: 'export instruments as Akoma Ntoso 3.0 XML (AKN4UN naming)', load: async () => (await import('./akn.js')).aknCommand},
  {name: 'schema', summary: 'print the JSON Schema of kb.json', load: async () => (await import('./schema.js')).schemaCommand},
  {name: 'worker', summary: 'parse files for a `reskb build --queue` on this machine', load: async () => (await import('./worker.js')).workerCommand},
  {name: 'eval', summary: 'score the knowledge base against gold files', load: async () => (await import('./eval.js')).evalCommand}
]

export const COMMANDS: Record<string, CommandEntry> = Object.fromEntries(entries.map((c) => [c.name, c]))
