#!/usr/bin/env node
/** `reskb` command line: one module per subcommand, dispatched from a table. */
import {COMMANDS, type CommandEntry} from './commands.js'
import {CliError} from './errors.js'

const HELP = `reskb — Chinese UN resolutions, decisions and reports into a JSON knowledge base

Usage: reskb <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c: CommandEntry) => `  ${c.name.padEnd(8)} ${c.summary}`)
  .join('\n')}

Run \`reskb <command> --help\` for a command's options.`

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP}\n`)
    return name === undefined ? 1 : 0
  }
  if (name === '--version' || name === '-v') {
    const {PIPELINE_VERSION} = await import('../kb/version.js')
    process.stdout.write(`${PIPELINE_VERSION}\n`)
    return 0
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!entry) {
    process.stderr.write(`reskb: unknown command '${name}'\n\n${HELP}\n`)
    return 2
  }
  const command = await entry.load()
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.help}\n`)
    return 0
  }
  try {
    return await command.run(rest)
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`reskb ${name}: ${error.message}\n`)
      return error.exitCode
    }
    throw error
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`reskb: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 70
  }
)
