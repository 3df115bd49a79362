/**
 * node:util parseArgs, with messages for people: an unknown flag gets the
 * closest known ones ("did you mean --format?"), a flag without its value says
 * so, and nothing of parseArgs' own wording reaches the user.
 */
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {CliError} from './errors.js'

export type Options = NonNullable<ParseArgsConfig['options']>

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>
  positionals: string[]
}

/** Flags every command accepts (main.ts answers them before a command runs). */
const ALWAYS = ['help']

export function parse(args: string[], options: Options): ParsedArgs {
  checkFlags(args, options)
  try {
    return parseArgs({args, options, allowPositionals: true, strict: true}) as ParsedArgs
  } catch (error) {
    const code = (error as {code?: string}).code
    const flag = /'(-{1,2}[^' ]+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? 'a flag'
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = flag.replace(/^-+/, '')
      const spec = options[name] ?? Object.entries(options).find(([, o]) => o.short === name)?.[1]
      throw new CliError(spec?.type === 'boolean' ? `${flag} takes no value` : `${flag} needs a value`)
    }
    throw new CliError(`cannot read the arguments at ${flag}`)
  }
}

/** Unknown flags, found before parseArgs would word them its own way. */
function checkFlags(args: string[], options: Options): void {
  const known = [...Object.keys(options), ...ALWAYS]
  for (const arg of args) {
    if (arg === '--') return
    if (!arg.startsWith('-') || arg === '-') continue
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0]
      if (known.includes(name)) continue
      throw new CliError(`unknown flag --${name}`, 2, {input: name, known, prefix: '--'})
    }
    const short = arg.slice(1, 2)
    if (short === 'h' || Object.values(options).some((o) => o.short === short)) continue
    throw new CliError(`unknown flag -${short}`)
  }
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase())
  if (found !== undefined) return found
  throw new CliError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`)
}

/** A string option's value (parseArgs types values loosely once options are dynamic). */
export function str(values: ParsedArgs['values'], name: string): string | undefined {
  const v = values[name]
  if (Array.isArray(v)) return typeof v[v.length - 1] === 'string' ? (v[v.length - 1] as string) : undefined
  return typeof v === 'string' ? v : undefined
}

/** Every value of a repeatable string option, in the order given. */
export function list(values: ParsedArgs['values'], name: string): string[] {
  const v = values[name]
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string')
  return typeof v === 'string' ? [v] : []
}

/** A positive whole number, or an error naming the flag and the value. */
export function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  if (!/^[1-9]\d*$/.test(value)) throw new CliError(`--${name} must be a positive whole number (got '${value}')`)
  return Number(value)
}
