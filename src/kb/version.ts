/**
 * The pipeline's version: the package version plus a rules revision. Bump
 * RULES_REVISION with any change to a rule; cached results of another
 * version are never reused.
 */
import {createRequire} from 'node:module'

const RULES_REVISION = 1

const require = createRequire(import.meta.url)
const pkg = require('../../package.json') as {version: string}

export const PIPELINE_VERSION = `${pkg.version}+r${RULES_REVISION}`
