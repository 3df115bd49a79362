#!/usr/bin/env node
/** `reskb` command line: one module per subcommand, dispatched from a table. */
import {COMMANDS, type CommandEntry} from './commands.js'
import {CliError} from './errors.js'
import {messageOf} from './suggest.js'

const HELP = `reskb — Chinese UN resolutions, decisions and reports into a JSON knowledge base

Usage: reskb <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c: CommandEntry) => `  ${c.name.padEnd(8)} ${c.summary}`)
  .join('\n')}

Run \`reskb help <command>\` or \`reskb <command> --help\` for a command's options,
\`reskb --version\` for the version.`

function unknownCommand(name: string): CliError {
  return new CliError(`unknown command '${name}' (reskb --help lists them)`, 2, {input: name, known: Object.keys(COMMANDS)})
}

async function dispatch(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(`${HELP}\n`)
    return name === undefined ? 1 : 0
  }
  if (name === '--version' || name === '-v' || name === '-V') {
    const {PIPELINE_VERSION} = await import('../kb/version.js')
    process.stdout.write(`${PIPELINE_VERSION}\n`)
    return 0
  }
  if (name === 'help') {
    if (rest.length === 0) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    const entry = Object.hasOwn(COMMANDS, rest[0]) ? COMMANDS[rest[0]] : undefined
    if (!entry) throw unknownCommand(rest[0])
    process.stdout.write(`${(await entry.load()).help}\n`)
    return 0
  }
  if (name.startsWith('-')) throw new CliError(`unknown flag ${name} (a flag comes after its command; reskb --help lists them)`)
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!entry) throw unknownCommand(name)
  const command = await entry.load()
  const options = rest.slice(0, rest.includes('--') ? rest.indexOf('--') : rest.length)
  if (options.includes('--help') || options.includes('-h')) {
    process.stdout.write(`${command.help}\n`)
    return 0
  }
  return command.run(rest)
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv)
  } catch (error) {
    if (!(error instanceof CliError)) throw error
    const who = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? `reskb ${argv[0]}` : 'reskb'
    process.stderr.write(`${who}: ${await messageOf(error)}\n`)
    return error.exitCode
  }
}

// A reader that stops early (`reskb refs | head -1`) closes the pipe: that ends the command quietly, as it does grep's.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  process.stderr.write(`reskb: cannot write the output: ${error.message}\n`)
  process.exit(1)
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // One line; the stack only on request, for a bug report.
    const detail = error instanceof Error ? (process.env.RESKB_DEBUG ? (error.stack ?? error.message) : error.message) : String(error)
    process.stderr.write(`reskb: internal error: ${detail}\n`)
    process.exitCode = 70
  }
)
