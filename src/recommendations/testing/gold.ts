/**
 * Test support (not used by the pipeline): the gold recommendation items,
 * operative heads and preambular paragraphs, located in the corpus texts.
 * Located by reading the corpus lines, never by the code under test.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import path from 'node:path'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const FIXTURES = path.join(ROOT, 'test/fixtures')
const CORPUS = path.join(ROOT, 'corpus')

interface GoldItem {
  label: string
  topic: string | null
  head: string
  addressees: string[]
  modality: string
}
interface GoldFile {
  file: string
  instruments: {key: string; preambular: number; operative: {label: string; head: string; tail: string}[]}[]
  recommendationLists: {in: string; annex: string; items: GoldItem[]}[]
}

export interface LocatedItem extends GoldItem {
  file: string
  list: string
  /** `file#annex/label`, unique */
  id: string
  /** the item's first line after its label, markup removed */
  firstLine: string
  /** the whole item, joined across page breaks, markup removed */
  text: string
}

export function goldFiles(): GoldFile[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as GoldFile)
}

export function corpusLines(file: string): string[] {
  return readFileSync(path.join(CORPUS, file), 'utf8').split(/\r?\n/)
}

/** `<sup>…</sup>`, superscript digits, `**` and link markup removed. */
export function stripMarkup(s: string): string {
  return s
    .replace(/<sup>[^<]*<\/sup>/g, '')
    .replace(/\[([^\]]*)\]\(#?[^)]*\)/g, '$1')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/\*\*/g, '')
    .trim()
}

const ITEM_LABEL = /^(?:-\s*)?(?:\(([a-z]{1,2})\)|([0-9]{1,2})\.)\s*/
const isNoise = (l: string) => !l.trim() || /^(?:<sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]|---)/.test(l.trim())
const compact = (s: string) => s.replace(/\s+/g, '')

/** Every recommendation item of the gold, with its text found in the corpus. */
export function recommendationItems(): LocatedItem[] {
  const out: LocatedItem[] = []
  for (const g of goldFiles()) {
    const lines = corpusLines(g.file)
    for (const rl of g.recommendationLists) {
      let p = lines.findIndex((l) => l.replace(/^#+/, '').trim() === rl.annex)
      if (p < 0) throw new Error(`${g.file}: annex ${rl.annex} not found`)
      for (const it of rl.items) {
        let found = -1
        for (let i = p + 1; i < lines.length; i++) {
          const m = ITEM_LABEL.exec(lines[i])
          if (!m || (m[1] ?? m[2]) !== it.label) continue
          if (compact(stripMarkup(lines[i].slice(m[0].length))).startsWith(compact(it.head))) {
            found = i
            break
          }
        }
        if (found < 0) throw new Error(`${g.file} ${rl.annex} (${it.label}) not found`)
        const firstLine = stripMarkup(lines[found].replace(ITEM_LABEL, ''))
        let text = firstLine
        // join a page break: the item goes on after footnotes, blank lines or `---`
        for (let j = found + 1; j < lines.length && !/[。；;]$/.test(text); j++) {
          if (isNoise(lines[j])) continue
          if (ITEM_LABEL.test(lines[j]) || /^#/.test(lines[j])) break
          text += stripMarkup(lines[j])
        }
        out.push({...it, file: g.file, list: rl.annex, id: `${g.file.slice(0, 3)}#${rl.annex}/${it.label}`, firstLine, text})
        p = found
      }
    }
  }
  return out
}

export interface OperativeHead {
  file: string
  instrument: string
  label: string
  head: string
}

export function operativeHeads(): OperativeHead[] {
  return goldFiles().flatMap((g) =>
    g.instruments.flatMap((ins) => ins.operative.map((o) => ({file: g.file, instrument: ins.key, label: o.label, head: o.head})))
  )
}

export interface Preamble {
  file: string
  /** gold count for the instrument */
  expected: number
  paragraphs: string[]
}

/**
 * Preambular paragraphs: the lines between an adopting-body line
 * (`…缔约方会议，`, `大会，`) and operative paragraph 1, page-break fragments
 * joined to the paragraph they continue.
 */
export function preambles(): Preamble[] {
  const out: Preamble[] = []
  for (const g of goldFiles()) {
    const lines = corpusLines(g.file)
    const withPreamble = g.instruments.filter((i) => i.preambular > 0)
    let k = 0
    for (let i = 0; i < lines.length && k < withPreamble.length; i++) {
      if (!/^(?:联合国打击跨国有?组织犯罪公约缔约方会议|大会)，$/.test(lines[i].trim())) continue
      const paragraphs: string[] = []
      let open = false
      for (let j = i + 1; j < lines.length && !/^(?:\*\*)?1\.\s/.test(lines[j]); j++) {
        if (isNoise(lines[j])) continue
        const s = stripMarkup(lines[j])
        if (open) paragraphs[paragraphs.length - 1] += s
        else paragraphs.push(s)
        open = !/[，,：；]$/.test(s)
        i = j
      }
      out.push({file: g.file, expected: withPreamble[k].preambular, paragraphs})
      k++
    }
  }
  return out
}
