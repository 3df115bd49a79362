import {join} from 'node:path'
import {parse, str} from './args.js'
import type {Command} from './commands.js'
import {CliError} from './errors.js'
import {buildFolder} from '../kb/batch.js'
import {createProgress} from '../kb/progress.js'
import {QueueError} from '../batch/queue/protocol.js'
import {OutputError} from '../kb/transaction.js'

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the knowledge base from files or folders into output/',
  help: `Usage: reskb build [PATH...] [--out DIR] [--workers N] [--no-cache] [--queue redis://HOST:PORT]

Reads every .txt/.md file under the given files or folders (default: corpus/)
and writes, atomically, into DIR (default: output/):
  kb.json                the knowledge base (documents, and errors for refused inputs)
  kb.schema.json/.md     its JSON Schema and field tables, from the zod schema
  kb.sqlite              the same as a SQLite database (README: SQLite)
  recommendations.csv    recommendation items (UTF-8 with BOM, for Excel)
  recommendations.jsonl  the same, as JSON lines
  xref-index.md/.html    who cites what, and where
  site/                  a static site to browse: open site/index.html
  search.idx, show.idx   the indexes \`reskb search\` and \`reskb show\` read
  akn/<work-id>.xml      each instrument (and report) as Akoma Ntoso 3.0 XML
A refused input is reported on stderr with its reason; the others are still
built, and the exit status is 1. When no input could be built (all refused,
or none found), DIR is left as it was.

DIR is replaced as a whole: the new files are written into a staging folder
beside it and switched in at the end, so a crash or kill leaves the previous
build or the new one, never a mix. A lock file beside DIR stops a second build
into the same folder.

Files are parsed on worker threads, one per core (--workers N to change; 1
parses on the main thread). Each file's result is cached in .reskb-cache/ in
the working folder, keyed by its bytes, its path and a fingerprint of the
pipeline's code and installed packages, so an unchanged file is not parsed
again; --no-cache builds without reading or writing it. On a terminal, stderr
shows progress.

--queue redis://HOST:PORT parses the files that are not cached on \`reskb
worker\` processes instead (any number, on any machine that sees the same
inputs), through a BullMQ queue on that Redis; the build waits for them,
reports progress on stderr, then links and writes here as a local build does.`,
  async run(args) {
    const {values, positionals} = parse(args, {
      out: {type: 'string'},
      workers: {type: 'string'},
      'no-cache': {type: 'boolean'},
      queue: {type: 'string'},
      // Hidden: where the cache lives (tests, bench), and a JSON line of figures on stderr (bench).
      cache: {type: 'string'},
      stats: {type: 'boolean'}
    })
    const out = str(values, 'out') ?? 'output'
    const workers = str(values, 'workers')
    if (workers !== undefined && !/^[1-9]\d*$/.test(workers)) throw new CliError(`--workers must be a positive whole number (got '${workers}')`)
    const paths = positionals.length > 0 ? positionals : ['corpus']
    const queue = str(values, 'queue')
    const queueFault = (error: unknown): never => {
      throw error instanceof QueueError ? new CliError(error.message, 1) : error
    }
    const remote = queue === undefined ? {} : await import('../batch/queue/coordinator.js').then((m) => m.queueBuild(queue)).catch(queueFault)
    let result: Awaited<ReturnType<typeof buildFolder>>
    try {
      result = await buildFolder(paths, out, {
        cache: values['no-cache'] === true ? null : (str(values, 'cache') ?? '.reskb-cache'),
        workers: workers === undefined ? undefined : Number(workers),
        progress: (total) => createProgress(total),
        ...remote
      })
    } catch (error) {
      if (error instanceof OutputError) throw new CliError(error.message, 1)
      return queueFault(error)
    }
    const {errors, notices, stats} = result
    for (const n of notices) process.stderr.write(`${n.file}: ${n.message} [${n.ruleId}]\n`)
    for (const e of errors) process.stderr.write(`${e.path}: ${e.message} [${e.ruleId}]\n`)
    if (!stats.written && !stats.upToDate) {
      const why = stats.found === 0 ? 'no .txt or .md file found' : `all ${errors.length} ${errors.length === 1 ? 'input' : 'inputs'} refused`
      process.stderr.write(`reskb build: nothing built (${why}); ${out}/ left as it was\n`)
      return 1
    }
    process.stderr.write(`reskb build: ${stats.documents} documents, ${errors.length} refused → ${join(out, 'kb.json')}${stats.upToDate ? ' (up to date)' : ''}\n`)
    if (values.stats === true) process.stderr.write(`${JSON.stringify({...stats, maxRSS: process.resourceUsage().maxRSS * 1024})}\n`)
    return errors.length > 0 ? 1 : 0
  }
}
