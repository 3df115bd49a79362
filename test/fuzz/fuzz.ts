/**
 * A seeded mutation fuzzer for the library (parseDocument): windows of the
 * corpus and dev texts, mutated with the markup and layouts the pipeline
 * reads, each checked for a crash (any error but a refusal), a hang (far
 * slower than its size allows), lost text (a letter, digit or Han character
 * of the input that the document does not place), nondeterminism (two
 * parses differ) and offsets outside the input. The same seed gives the same
 * cases, so a finding is reproduced by its seed and case number.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {InputError} from '../../src/ingest/decode.js'
import type {Document, Paragraph} from '../../src/kb/schema.js'
import {parseDocument} from '../../src/pipeline/parse-document.js'
import {coverageDiff} from '../support/coverage.js'
import {CORPUS_DIR, FIXTURES_DIR} from '../support/corpus.js'

/**
 * `lost`: text of the input the document does not place. `lost-marker`: a
 * footnote marker the document does not place (counted apart from text: a
 * definition, a masthead field or furniture that held one used to drop it).
 */
export interface Finding {
  kind: 'crash' | 'hang' | 'lost' | 'lost-marker' | 'nondeterminism' | 'offsets'
  caseNo: number
  detail: string
}

export interface FuzzReport {
  cases: number
  refused: number
  bytes: number
  seconds: number
  slowestMs: number
  findings: Finding[]
}

/** mulberry32: a small seeded generator, so a run is reproducible from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Pieces the pipeline reads as markup or structure, inserted at random places. */
const TOKENS = [
  '<sup>1</sup>', '<sup>', '</sup>', '¹', '²³', '**', '*', '_', '`', '```\n', '~~~', '\\', '[', ']', '(', ')', '[^1]', '[^2]: ',
  '- ', '* ', '+ ', '> ', '>>', '1. ', '12. ', '(a) ', '(i) ', '- (b) ', '# ', '## ', '---\n', '***', '\n', '\n\n', '    ', '\t',
  '<div>', '</div>', '<br>', '<span>', '<!-- ', ' -->', '&amp;', '&#x4e00;', '第 9/1 号决议', '第 2482 (2019) 号决议', '69/197. ',
  '大会，', '附件一', '一.', 'A.', '决定', '请', '表 1', '|', '| --- |', '\u3000', '\u00a0', '\ufeff', '\r\n', '\r', '🀄', '\ud800', '𠀀'
]

type Mutation = (text: string, rand: () => number) => string

const at = (text: string, rand: () => number) => Math.floor(rand() * (text.length + 1))

const MUTATIONS: Mutation[] = [
  (t, r) => {
    const i = at(t, r)
    return t.slice(0, i) + TOKENS[Math.floor(r() * TOKENS.length)] + t.slice(i)
  },
  (t, r) => {
    const i = at(t, r)
    return t.slice(0, i) + t.slice(Math.min(t.length, i + 1 + Math.floor(r() * 200)))
  },
  (t, r) => {
    const i = at(t, r)
    const j = Math.min(t.length, i + Math.floor(r() * 300))
    return t.slice(0, j) + t.slice(i, j) + t.slice(j)
  },
  (t, r) => {
    const lines = t.split('\n')
    const i = Math.floor(r() * lines.length)
    const j = Math.floor(r() * lines.length)
    ;[lines[i], lines[j]] = [lines[j], lines[i]]
    return lines.join('\n')
  },
  (t, r) => {
    // A line repeated: the shape of ids and labels that repeat.
    const lines = t.split('\n')
    const i = Math.floor(r() * lines.length)
    lines.splice(i, 0, ...Array(1 + Math.floor(r() * 50)).fill(lines[i]))
    return lines.join('\n')
  },
  (t, r) => {
    // A run of one token: nesting, long lines.
    const i = at(t, r)
    return t.slice(0, i) + TOKENS[Math.floor(r() * TOKENS.length)].repeat(1 + Math.floor(r() * 300)) + t.slice(i)
  },
  (t, r) => {
    // Lines joined: hard wraps lost, or a page's text on one line.
    const i = at(t, r)
    const j = Math.min(t.length, i + Math.floor(r() * 2000))
    return t.slice(0, i) + t.slice(i, j).replace(/\n/g, r() < 0.5 ? '' : ' ') + t.slice(j)
  }
]

export function seedTexts(): string[] {
  const read = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(`${dir}${f}`, 'utf8'))
  return [...read(CORPUS_DIR), ...read(`${FIXTURES_DIR}dev/`)]
}

/** Case `n` of seed `seed`: a window of a seed text with a few mutations; a few cases go in as bytes with a flipped byte. */
export function fuzzCase(seeds: string[], seed: number, n: number): Uint8Array {
  const rand = random(seed * 1_000_003 + n)
  const source = seeds[Math.floor(rand() * seeds.length)]
  const start = Math.floor(rand() * source.length)
  let text = source.slice(start, start + 200 + Math.floor(rand() * 4000))
  const count = 1 + Math.floor(rand() * 6)
  for (let i = 0; i < count; i++) text = MUTATIONS[Math.floor(rand() * MUTATIONS.length)](text, rand)
  const bytes = new TextEncoder().encode(text)
  if (rand() < 0.05 && bytes.length > 0) bytes[Math.floor(rand() * bytes.length)] ^= 1 << Math.floor(rand() * 8)
  return bytes
}

/** What a reader would call content: a letter, digit or Han character (markup is punctuation). */
const CONTENT = /[\p{L}\p{N}]/u

function paragraphsOf(doc: Document): Paragraph[] {
  const out: Paragraph[] = []
  const walk = (ps: Paragraph[]) => {
    for (const p of ps) {
      out.push(p)
      walk(p.children)
    }
  }
  const sections = (ss: Document['sections']) => {
    for (const s of ss) {
      walk([s.heading, ...s.paragraphs])
      sections(s.children)
    }
  }
  sections(doc.sections)
  walk(doc.paragraphs)
  for (const i of doc.instruments) {
    walk([i.heading, ...(i.titleParagraph ? [i.titleParagraph] : []), ...(i.formula ? [i.formula] : []), ...i.preamble, ...i.operative, ...i.body])
    for (const a of i.annexes) walk([a.heading, ...a.paragraphs])
  }
  return out
}

/** The offsets of a document that point outside its input, as a finding's detail; null when all are inside. */
function badOffsets(doc: Document, length: number): string | null {
  const inside = (a: number | null, b: number | null) => a === null || b === null || (a >= 0 && a <= b && b <= length)
  for (const p of paragraphsOf(doc)) {
    if (!inside(p.start, p.end)) return `paragraph ${p.id}: ${p.start}–${p.end} of ${length}`
    for (const m of p.markers) if (!inside(m.start, m.end)) return `marker in ${p.id}: ${m.start}–${m.end}`
    for (const [a, b] of p.pieces) if (!inside(a, b)) return `piece of ${p.id}: ${a}–${b}`
  }
  for (const r of doc.references) if (!inside(r.sourceStart, r.sourceEnd)) return `reference ${r.id}: ${r.sourceStart}–${r.sourceEnd}`
  for (const d of doc.diagnostics) if (!inside(d.start, d.end)) return `diagnostic ${d.ruleId}: ${d.start}–${d.end}`
  return null
}

/** The input without its footnote markers (`<sup>n</sup>`, `[^n]`, superscript digits). */
function withoutMarkers(text: string): string {
  return text.replace(/<sup>[^<\n]{0,8}<\/sup>/gi, '').replace(/\[\^\w{1,6}\]/g, '').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
}

/** Checks one case; returns its findings (none for a refusal with a reason). */
export function checkCase(bytes: Uint8Array, caseNo: number): {findings: Finding[]; refused: boolean; ms: number} {
  const findings: Finding[] = []
  const t0 = performance.now()
  let doc: Document
  try {
    doc = parseDocument(bytes, {path: `case-${caseNo}.txt`})
  } catch (error) {
    const ms = performance.now() - t0
    if (error instanceof InputError) return {findings, refused: true, ms}
    return {findings: [{kind: 'crash', caseNo, detail: error instanceof Error ? error.message : String(error)}], refused: false, ms}
  }
  const ms = performance.now() - t0
  // A case is a few KB and takes milliseconds: 10 s is a hang or a quadratic stage, not a busy machine.
  if (ms > 10_000 + bytes.length / 100) findings.push({kind: 'hang', caseNo, detail: `${Math.round(ms)} ms for ${bytes.length} bytes`})
  const text = new TextDecoder().decode(bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0))
  if (doc.source.encoding === 'utf-8' || doc.source.encoding === 'utf-8-bom') {
    const lost = [...coverageDiff(text, doc).missing].filter((ch) => CONTENT.test(ch)).join('')
    if (lost) {
      // The same reading with every footnote marker taken out of the input: what is still missing is text.
      const lostText = [...coverageDiff(withoutMarkers(text), doc).missing].filter((ch) => CONTENT.test(ch)).join('')
      if (lostText) findings.push({kind: 'lost', caseNo, detail: lostText.slice(0, 40)})
      else findings.push({kind: 'lost-marker', caseNo, detail: lost.slice(0, 40)})
    }
    const offsets = badOffsets(doc, text.length)
    if (offsets) findings.push({kind: 'offsets', caseNo, detail: offsets})
  }
  if (JSON.stringify(parseDocument(bytes, {path: `case-${caseNo}.txt`})) !== JSON.stringify(doc)) findings.push({kind: 'nondeterminism', caseNo, detail: 'two parses differ'})
  return {findings, refused: false, ms}
}

export function fuzz(options: {cases: number; seed: number; from?: number}): FuzzReport {
  const seeds = seedTexts()
  const started = performance.now()
  const report: FuzzReport = {cases: 0, refused: 0, bytes: 0, seconds: 0, slowestMs: 0, findings: []}
  const from = options.from ?? 0
  for (let n = from; n < from + options.cases; n++) {
    const bytes = fuzzCase(seeds, options.seed, n)
    const result = checkCase(bytes, n)
    report.cases++
    report.bytes += bytes.length
    if (result.refused) report.refused++
    report.slowestMs = Math.max(report.slowestMs, result.ms)
    report.findings.push(...result.findings)
  }
  report.seconds = (performance.now() - started) / 1000
  return report
}
