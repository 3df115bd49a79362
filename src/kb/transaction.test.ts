import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildFolder} from './batch.js'
import {MANIFEST_FILE, OutputError, beginOutput, lockOutput, outputIntact, readManifest, recoverOutput} from './transaction.js'
import {CORPUS_DIR, ROOT} from '../../test/support/corpus.js'
import {filesUnder} from '../../test/support/files.js'

const temp = (name: string) => mkdtempSync(join(tmpdir(), `reskb-${name}-`))
const snapshot = (dir: string) => new Map(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]))
const CLI = join(ROOT, 'dist/cli/main.js')

function reskb(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {cwd, encoding: 'utf8'})
  return {status: r.status, stderr: r.stderr, stdout: r.stdout}
}

describe('the output transaction', () => {
  it('writes a manifest naming every file by size and hash, and leaves nothing beside the folder', async () => {
    const out = join(temp('out'), 'output')
    await buildFolder([CORPUS_DIR], out, {cache: null, workers: 1})
    const manifest = readManifest(out)!
    expect(manifest.files.map((f) => f[0])).toContain('kb.json')
    expect(outputIntact(out, manifest)).toBe(true)
    // Nothing beside the output folder but the folder itself: no staging, no lock.
    expect(readdirSync(dirname(out))).toEqual(['output'])
  })

  it('leaves the output untouched when every input is refused or none is found, and says so', async () => {
    const root = temp('cli')
    cpSync(CORPUS_DIR, join(root, 'corpus'), {recursive: true})
    expect(reskb(['build', '--no-cache'], root).status).toBe(0)
    const before = snapshot(join(root, 'output'))
    const typo = reskb(['build', 'corpsu', '--no-cache'], root)
    expect(typo.status).toBe(1)
    expect(typo.stderr).toMatch(/corpsu: .*\[reskb:unreadable\]/)
    expect(typo.stderr).toContain('nothing built (no .txt or .md file found); output/ left as it was')
    mkdirSync(join(root, 'bad'))
    writeFileSync(join(root, 'bad', 'empty.txt'), '')
    const refused = reskb(['build', 'bad', '--no-cache'], root)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('nothing built (all 1 input refused)')
    expect(snapshot(join(root, 'output'))).toEqual(before)
    // A partly refused build writes what it could and lists the refusal.
    const partly = reskb(['build', 'corpus', 'bad', '--no-cache'], root)
    expect(partly.status).toBe(1)
    expect(partly.stderr).toMatch(/bad\/empty.txt: .*\[reskb:empty\]\nreskb build: 5 documents, 1 refused/)
    expect(JSON.parse(readFileSync(join(root, 'output', 'kb.json'), 'utf8')).errors).toHaveLength(1)
  })

  it('never reads its own output or cache back: `reskb build .` twice gives the same documents', () => {
    const root = temp('dot')
    cpSync(CORPUS_DIR, join(root, 'corpus'), {recursive: true})
    expect(reskb(['build', '.'], root).status).toBe(0)
    const first = readFileSync(join(root, 'output', 'kb.json'))
    const second = reskb(['build', '.'], root)
    expect(second.stderr).toContain('5 documents, 0 refused')
    expect(readFileSync(join(root, 'output', 'kb.json')).equals(first)).toBe(true)
  })

  it('says in one line when the output folder cannot be written', () => {
    const root = temp('unwritable')
    const r = reskb(['build', CORPUS_DIR, '--no-cache', '--out', '/proc/reskb-out'], root)
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^reskb build: \/proc\/reskb-out: cannot create the build lock/)
  })

  it('refuses a second build into the same folder while the first holds the lock, and takes over a dead one', () => {
    const out = join(temp('lock'), 'output')
    const lock = lockOutput(out)
    const lockFile = join(dirname(out), `.${basename(out)}.reskb-lock`)
    // Another process's lock: written with a live pid (our parent's).
    lock.release()
    writeFileSync(lockFile, `${process.ppid}\n`)
    expect(() => beginOutput(out)).toThrow(OutputError)
    expect(() => beginOutput(out)).toThrow(/another reskb build \(pid \d+\) is writing into this folder/)
    // A dead pid's lock is stale.
    writeFileSync(lockFile, '999999999\n')
    const output = beginOutput(out)
    output.abort()
    expect(existsSync(lockFile)).toBe(false)
  })

  it('finishes at the next start a switch that was killed between its two renames', () => {
    const out = join(temp('switch'), 'output')
    const old = beginOutput(out)
    writeFileSync(join(old.staging, 'kb.json'), '{"old":1}\n')
    old.commit()
    const next = beginOutput(out)
    writeFileSync(join(next.staging, 'kb.json'), '{"new":1}\n')
    // What a kill after the first rename leaves: no output folder, the previous one aside, a complete staging folder.
    const staging = next.staging
    writeFileSync(join(staging, MANIFEST_FILE), JSON.stringify({format: 'reskb-output 1', generation: '0'.repeat(16), files: [['kb.json', 10, '']]}))
    renameSync(out, join(dirname(out), `.${basename(out)}.reskb-previous-1`))
    renameSync(staging, join(dirname(out), `.${basename(out)}.reskb-staging-2`))
    expect(existsSync(out)).toBe(false)
    recoverOutput(out)
    expect(readFileSync(join(out, 'kb.json'), 'utf8')).toBe('{"new":1}\n')
    expect(readdirSync(dirname(out)).filter((n) => n.startsWith('.output.reskb-') && !n.endsWith('lock'))).toEqual([])
    next.abort()
  })

  it('will not replace a folder that is not a reskb output', () => {
    const out = temp('mine')
    writeFileSync(join(out, 'notes.txt'), 'mine')
    expect(() => beginOutput(out)).toThrow(/holds files that are not a reskb output/)
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine')
  })
})

describe('readers check the generation of what they open', () => {
  async function built() {
    const root = temp('readers')
    cpSync(CORPUS_DIR, join(root, 'corpus'), {recursive: true})
    expect(reskb(['build', '--no-cache', '--workers', '1'], root).status).toBe(0)
    return root
  }
  const damaged = /output\/show\.idx: the index is damaged: rebuild with `reskb build`/

  it('say the index is damaged, in one line, for a truncated, crafted or foreign show.idx', async () => {
    const root = await built()
    const showIdx = join(root, 'output', 'show.idx')
    const good = readFileSync(showIdx)
    const cases: Buffer[] = [
      good.subarray(0, good.length - 100),
      Buffer.from(good.toString('utf8').replace(/\n(CTOC\/COP\/RES\/9\/1)\t\{/, '\n$1\t{"type":"instrument","key":"x"}{')),
      Buffer.from('reskb-show 1\t{"keys":[}\n'),
      Buffer.from('garbage')
    ]
    for (const bytes of cases) {
      writeFileSync(showIdx, bytes)
      const r = reskb(['show', 'CTOC/COP/RES/9/1'], root)
      expect(r.status).not.toBe(0)
      expect(r.status).not.toBe(70)
      expect(r.stderr).toMatch(damaged)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
    }
    writeFileSync(showIdx, good)
    expect(reskb(['show', 'CTOC/COP/RES/9/1'], root).status).toBe(0)
  })

  it('refuse a search.idx of another build', async () => {
    const a = await built()
    const b = temp('other')
    mkdirSync(join(b, 'corpus'))
    cpSync(join(CORPUS_DIR, '000_72cb1ed1b35ea5b9.txt'), join(b, 'corpus', 'a.txt'))
    expect(reskb(['build', '--no-cache', '--workers', '1'], b).status).toBe(0)
    expect(reskb(['search', '公约'], a).status).toBe(0)
    cpSync(join(b, 'output', 'search.idx'), join(a, 'output', 'search.idx'))
    const r = reskb(['search', '公约'], a)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/output\/search\.idx: the index is damaged: rebuild with `reskb build`/)
  })
})
