/**
 * Test hook for the crash-safety test: with RESKB_TEST_KILL_AT=NAME in the
 * environment, the build kills itself with SIGKILL when it reaches the point
 * NAME, as a crash or `kill -9` would at that moment.
 */
const at = process.env.RESKB_TEST_KILL_AT

export function killPoint(name: string): void {
  if (at === name) process.kill(process.pid, 'SIGKILL')
}
