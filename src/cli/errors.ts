/** An error meant for the user: printed as one line, never as a stack trace. */
export class CliError extends Error {
  readonly exitCode: number
  /** closest known names for what was mistyped, looked up only when the error is printed */
  readonly suggestion: {input: string; known: string[]; prefix: string} | undefined
  constructor(message: string, exitCode = 2, suggestion?: {input: string; known: string[]; prefix?: string}) {
    super(message)
    this.exitCode = exitCode
    this.suggestion = suggestion && {prefix: '', ...suggestion}
  }
}
