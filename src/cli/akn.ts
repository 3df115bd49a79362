import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {parse, str} from './args.js'
import type {Command} from './commands.js'
import {CliError} from './errors.js'
import {knowledgeBaseFrom} from './source.js'
import {writeAtomic} from '../kb/files.js'
import {aknFiles, type AknFile} from '../outputs/akn/index.js'

export const aknCommand: Command = {
  name: 'akn',
  summary: 'export instruments as Akoma Ntoso 3.0 XML (AKN4UN naming)',
  help: `Usage: reskb akn KEY|FILE... [--kb FILE] [--out DIR]

Writes one Akoma Ntoso 3.0 file per resolution or decision: a KEY
(CTOC/COP/RES/9/1, A/RES/69/197) is looked up in the knowledge base; a FILE
is parsed now and gives all its instruments, and a session report's own
<doc name="report"> too. Files are named by their Work IRI
(statement_deliberation_unga_2014-12-18_69-197.xml); \`reskb build\` writes
the same files into output/akn/.
  --kb FILE   knowledge base to look KEYs up in (default output/kb.json)
  --out DIR   folder to write into; without it the one file is printed`,
  async run(args) {
    const {values, positionals} = parse(args, {kb: {type: 'string'}, out: {type: 'string'}})
    if (positionals.length === 0) throw new CliError('give an instrument KEY or a FILE (reskb akn --help)')
    const paths = positionals.filter((p) => existsSync(p))
    const keys = positionals.filter((p) => !existsSync(p))
    const files: AknFile[] = []
    if (paths.length > 0) for (const doc of knowledgeBaseFrom(undefined, paths).documents) files.push(...aknFiles(doc))
    if (keys.length > 0) {
      const kb = knowledgeBaseFrom(str(values, 'kb'), [])
      for (const key of keys) {
        const doc = kb.documents.find((d) => d.instruments.some((i) => i.key === key))
        if (!doc) throw new CliError(`${key}: no such instrument in ${str(values, 'kb') ?? 'output/kb.json'}, and no such file`)
        files.push(...aknFiles(doc).filter((f) => f.key === key))
      }
    }
    if (files.length === 0) throw new CliError(`${paths.join(', ')}: no resolution, decision or report found`)
    const out = str(values, 'out')
    if (out === undefined) {
      if (files.length !== 1) throw new CliError(`${files.length} files to write: give --out DIR`)
      process.stdout.write(files[0].xml)
      return 0
    }
    for (const f of files) writeAtomic(join(out, f.name), f.xml)
    process.stderr.write(`reskb akn: ${files.length} file${files.length === 1 ? '' : 's'} → ${out}\n`)
    return 0
  }
}
