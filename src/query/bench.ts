/**
 * Search benchmark on a synthetic corpus (not part of the library API).
 *
 *   node bench.js build <paragraphs> <out>   build; write <out>.json and <out>.idx
 *   node bench.js query <file> <query>…      load (.json: read + JSON.parse + loadIndex;
 *                                            else readIndexFile) + search, as a CLI would
 *
 * Synthetic paragraphs recombine clauses of corpus/*.txt with 3% random
 * common Han characters mixed in, so the term dictionary grows with N as a
 * real archive's would instead of saturating at the five sample files.
 */
import {readFileSync, readdirSync, writeFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {buildSearchIndex, indexStats, loadIndex, readIndexFile, search, serializeIndex, writeIndexFile} from './index.js'
import {toSimplified} from './normalize.js'
import type {SearchDoc} from './types.js'

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = seed
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function syntheticDocs(count: number, corpusDir = 'corpus'): SearchDoc[] {
  const raw = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
    .join('\n')
    .replace(/<[^>]+>/g, '')
  const clauses = raw
    .split(/(?<=[，；。：])|\n+/)
    .map((s) => s.replace(/^[#\s]+/, '').trim())
    .filter((s) => s.length >= 4)
  const rand = rng(42)
  // Random characters that T→S leaves alone: the synthetic text stays Simplified.
  const pool: string[] = []
  for (let cp = 0x4e00; pool.length < 6000 && cp < 0x9fa5; cp++) {
    const ch = String.fromCharCode(cp)
    if (toSimplified(ch) === ch) pool.push(ch)
  }
  const kinds = ['preamble', 'operative', 'report', 'footnote', 'annex']
  const docs: SearchDoc[] = []
  for (let i = 0; i < count; i++) {
    let text = ''
    const target = 120 + Math.floor(rand() * 440)
    while (text.length < target) {
      let clause = clauses[Math.floor(rand() * clauses.length)]
      if (rand() < 0.5) {
        clause = Array.from(clause, (ch) => (rand() < 0.03 ? pool[Math.floor(rand() * pool.length)] : ch)).join('')
      }
      text += clause
    }
    const doc = Math.floor(i / 200)
    docs.push({
      id: `D${doc}/p${String(i % 200).padStart(3, '0')}`,
      docId: `D${doc}`,
      instrument: `CTOC/COP/RES/${1 + (doc % 11)}/${1 + (doc % 7)}`,
      label: String(1 + (i % 200)),
      kind: kinds[i % kinds.length],
      text
    })
  }
  return docs
}

function main(argv: string[]): void {
  const [mode, ...rest] = argv
  if (mode === 'build') {
    const count = Number(rest[0] ?? 50_000)
    const out = rest[1] ?? '/tmp/reskb-search'
    const docs = syntheticDocs(count)
    const chars = docs.reduce((s, d) => s + d.text.length, 0)
    const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0)
    let t = performance.now()
    const index = buildSearchIndex(docs)
    const buildMs = performance.now() - t
    t = performance.now()
    writeFileSync(out + '.json', JSON.stringify(serializeIndex(index)))
    const jsonMs = performance.now() - t
    t = performance.now()
    writeIndexFile(out + '.idx', index)
    const fileMs = performance.now() - t
    const mb = (n: number): number => +(n / 1e6).toFixed(1)
    console.log(
      JSON.stringify({
        ...indexStats(index),
        chars,
        textMB: mb(bytes),
        buildMs: Math.round(buildMs),
        jsonWriteMs: Math.round(jsonMs),
        jsonMB: mb(statSync(out + '.json').size),
        fileWriteMs: Math.round(fileMs),
        fileMB: mb(statSync(out + '.idx').size)
      })
    )
    return
  }
  if (mode === 'query') {
    const t0 = performance.now()
    const index = rest[0].endsWith('.json') ? loadIndex(JSON.parse(readFileSync(rest[0], 'utf8'))) : readIndexFile(rest[0])
    const t1 = performance.now()
    const times: number[] = []
    let hits = 0
    for (const q of rest.slice(1)) {
      const t = performance.now()
      hits += search(index, q, {limit: 10}).length
      times.push(Math.round(performance.now() - t))
    }
    console.log(JSON.stringify({loadMs: Math.round(t1 - t0), queryMs: times, hits, processMs: Math.round(process.uptime() * 1000)}))
    return
  }
  console.error('usage: bench.js build <paragraphs> <out.json> | query <index.json> <query>…')
  process.exitCode = 2
}

if (process.argv[1] && /bench\.[jt]s$/.test(process.argv[1])) main(process.argv.slice(2))
