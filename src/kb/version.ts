/**
 * The pipeline's version: the package version plus a rules revision. Bump
 * RULES_REVISION with any change to a rule; cached results of another
 * version are never reused.
 *
 * `pipelineFingerprint()` is what the build cache is keyed on. It is kept out
 * of kb.json on purpose: it differs between a run from sources and one from
 * dist/, and kb.json must not.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const RULES_REVISION = 1

const require = createRequire(import.meta.url)
const pkg = require('../../package.json') as {version: string}

export const PIPELINE_VERSION = `${pkg.version}+r${RULES_REVISION}`

let memo: string | undefined

/**
 * A hash of everything a document's result depends on besides its bytes and
 * path: the code the pipeline runs (dist/**.js, or src/**.ts when run from
 * sources), the installed version of every production dependency
 * (transitively, as Node resolves them), and Node/ICU (Intl and decoders).
 * Editing a rule or upgrading a package changes it without anyone bumping
 * RULES_REVISION.
 */
export function pipelineFingerprint(): string {
  // This file is <root>/kb/version.{js,ts}: <root> is dist/ or src/, beside package.json.
  const codeRoot = dirname(dirname(fileURLToPath(import.meta.url)))
  memo ??= fingerprintOf(codeRoot, import.meta.url.endsWith('.ts') ? '.ts' : '.js', dirname(codeRoot))
  return memo
}

/** The fingerprint of the code files with extension `ext` under codeRoot and the dependencies of the package at packageRoot. */
export function fingerprintOf(codeRoot: string, ext: '.js' | '.ts', packageRoot: string): string {
  const hash = createHash('sha256')
  hash.update(`${PIPELINE_VERSION}\0node ${process.versions.node}\0icu ${process.versions.icu ?? ''}\0`)
  for (const file of codeFiles(codeRoot, ext)) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(join(codeRoot, file)))
    hash.update('\0')
  }
  for (const dep of installedDependencies(packageRoot)) hash.update(`${dep}\0`)
  return hash.digest('hex')
}

/** Code files under root, relative and sorted; tests and test support cannot change a result. */
function codeFiles(root: string, ext: string): string[] {
  const out: string[] = []
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(root, rel), {withFileTypes: true})) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (entry.isDirectory()) {
        if (entry.name !== 'testing') walk(path)
      } else if (entry.name.endsWith(ext) && !entry.name.endsWith(`.test${ext}`) && !entry.name.endsWith('.d.ts')) {
        out.push(path)
      }
    }
  }
  walk('')
  return out.sort()
}

/** `name@version` of every production dependency reachable from the package at `root`, sorted. */
function installedDependencies(root: string): string[] {
  const seen = new Map<string, string>()
  const visit = (dir: string): void => {
    const manifest = readJson(join(dir, 'package.json'))
    const deps = {...(manifest.dependencies ?? {}), ...(manifest.optionalDependencies ?? {})}
    for (const name of Object.keys(deps)) {
      const found = resolvePackage(dir, name)
      if (!found || seen.has(found)) continue
      const version = readJson(join(found, 'package.json')).version ?? '?'
      seen.set(found, `${name}@${version}`)
      visit(found)
    }
  }
  visit(root)
  return [...new Set(seen.values())].sort()
}

/** Node's lookup: the nearest node_modules/<name> from dir upwards. */
function resolvePackage(dir: string, name: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dirname(d) === d) return undefined
  }
}

interface Manifest {
  version?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

function readJson(path: string): Manifest {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest
  } catch {
    return {}
  }
}
