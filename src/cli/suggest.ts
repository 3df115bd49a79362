/** "did you mean" for the command line; the string distances are imported only when an error needs them. */
import type {CliError} from './errors.js'

/** The error's message, with the closest known names when it has a suggestion. */
export async function messageOf(error: CliError, n = 3): Promise<string> {
  const s = error.suggestion
  if (!s) return error.message
  const {closestKeys} = await import('../query/suggest.js')
  const near = closestKeys(s.input, s.known, n)
  return near.length > 0 ? `${error.message}; did you mean: ${near.map((k) => `${s.prefix}${k}`).join(', ')}?` : error.message
}
