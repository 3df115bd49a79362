/** Thin wrapper over node:util parseArgs that turns its errors into CliErrors. */
import {parseArgs, type ParseArgsConfig} from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>
  positionals: string[]
}
import {CliError} from './errors.js'

export function parse(args: string[], options: Options): ParsedArgs {
  try {
    return parseArgs({args, options, allowPositionals: true, strict: true}) as ParsedArgs
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error))
  }
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new CliError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`)
}

/** A string option's value (parseArgs types values loosely once options are dynamic). */
export function str(values: ParsedArgs['values'], name: string): string | undefined {
  const v = values[name]
  return typeof v === 'string' ? v : undefined
}
