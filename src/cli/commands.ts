/** The subcommand table. Each command lives in its own module. */
import {parseCommand} from './parse.js'
import {buildCommand} from './build.js'

export interface Command {
  name: string
  summary: string
  help: string
  run: (args: string[]) => Promise<number>
}

export const COMMANDS: Record<string, Command> = Object.fromEntries(
  [parseCommand, buildCommand].map((c) => [c.name, c])
)
