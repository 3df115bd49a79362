/** The subcommand table. Each command lives in its own module. */
import {parseCommand} from './parse.js'
import {buildCommand} from './build.js'
import {recsCommand} from './recs.js'
import {evalCommand} from './eval.js'
import {refsCommand} from './refs.js'
import {searchCommand} from './search.js'
import {showCommand} from './show.js'

export interface Command {
  name: string
  summary: string
  help: string
  run: (args: string[]) => Promise<number>
}

export const COMMANDS: Record<string, Command> = Object.fromEntries(
  [parseCommand, buildCommand, refsCommand, recsCommand, searchCommand, showCommand, evalCommand].map((c) => [c.name, c])
)
