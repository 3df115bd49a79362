/**
 * mdast → source lines with markup removed. The document's rules work on
 * lines because PDF-to-Markdown output puts one printed paragraph on one line
 * and Markdown block structure (lists, lazy continuation, setext headings)
 * does not follow the printed structure. The mdast tells which characters are
 * markup (heading marks, `**`, link brackets, `<sup>` tags, list bullets,
 * escapes) and which are footnote markers.
 */
import type {Nodes, Parents, PhrasingContent} from 'mdast'
import type {ParsedChunk} from './markdown.js'

/** What a source character is, once Markdown is read. */
const TEXT = 0
const MARKUP = 1
const MARKER = 2

export interface Marker {
  /** footnote number or letter as a plain string (`1`, `a`) */
  label: string
  /** as printed in the source (`¹`, `1` inside `<sup>`) */
  printed: string
  /** index in the line's clean text where the marker stood */
  at: number
  start: number
  end: number
}

export interface Line {
  /** 0-based line number in the input */
  n: number
  /** clean text in the original script */
  text: string
  /** clean text of the analysis copy (Simplified, width-folded): what rules read */
  norm: string
  /** source offset of every character of `text` */
  map: number[]
  markers: Marker[]
  /** the line belongs to a Markdown heading (a weak signal: levels are random) */
  heading: boolean
  /** the line opens with bold text */
  bold: boolean
  /** the line was a thematic break (`---`, `***`) */
  rule: boolean
  /** the language of the block: set by the layout stage (bilingual texts hold English runs) */
  lang: 'zh' | 'en'
  /** page furniture found by the layout stage (running header, job number, navigation): never part of a paragraph */
  furniture: boolean
  /** set by the layout stage: the next line continues this one (a hard wrap, not a paragraph end) */
  runsOn: boolean
  /** set by the layout stage: the line fills the width the text was wrapped at (the strongest evidence of a wrap) */
  fullWidth: boolean
  /** blank lines between this line and the previous non-blank one */
  blankBefore: number
  start: number
  end: number
}

const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9'
}
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g

export function toLines(chunks: ParsedChunk[], original: string, analysis: string): Line[] {
  const mask = new Uint8Array(analysis.length)
  const heading = new Uint8Array(analysis.length)
  const boldAt: number[] = []
  const ruleAt: number[] = []
  for (const chunk of chunks) {
    markTree(chunk.tree, chunk.offset, analysis, mask, {heading, boldAt, ruleAt})
  }
  markSuperscripts(analysis, mask)
  markCaretFootnotes(analysis, mask)
  markLiteralStars(analysis, mask)
  return splitLines(original, analysis, mask, heading, boldAt, ruleAt)
}

interface Sinks {
  /** 1 for every character inside a Markdown heading */
  heading: Uint8Array
  boldAt: number[]
  ruleAt: number[]
}

function start(node: Nodes, base: number): number {
  return (node.position?.start.offset ?? 0) + base
}

function end(node: Nodes, base: number): number {
  return (node.position?.end.offset ?? 0) + base
}

function fill(mask: Uint8Array, from: number, to: number, value: number): void {
  for (let i = Math.max(0, from); i < to && i < mask.length; i++) mask[i] = value
}

/** Mark the delimiters around a node's children (`**…**`, `[…](#)`, `## …`). */
function markWrapper(node: Parents, base: number, mask: Uint8Array): void {
  const children = node.children as Nodes[]
  if (children.length === 0) {
    fill(mask, start(node, base), end(node, base), MARKUP)
    return
  }
  fill(mask, start(node, base), start(children[0], base), MARKUP)
  fill(mask, end(children[children.length - 1], base), end(node, base), MARKUP)
}

function markTree(node: Nodes, base: number, text: string, mask: Uint8Array, sinks: Sinks): void {
  switch (node.type) {
    case 'heading':
      fill(sinks.heading, start(node, base), end(node, base), 1)
      markWrapper(node, base, mask)
      break
    case 'strong':
    case 'delete':
      if (node.type === 'strong') sinks.boldAt.push(start(node, base))
      markWrapper(node, base, mask)
      break
    case 'emphasis':
      // A single `*` or `_` is text in these conversions (a barcode line `*0455239*`), not markup.
      break
    case 'link':
    case 'linkReference':
      markWrapper(node, base, mask)
      break
    case 'thematicBreak':
      sinks.ruleAt.push(start(node, base))
      fill(mask, start(node, base), end(node, base), MARKUP)
      return
    case 'listItem': {
      const first = node.children[0]
      const from = start(node, base)
      const to = first ? start(first, base) : end(node, base)
      // Keep an ordered item's number (`12.`): it is the paragraph's label.
      for (let i = from; i < to; i++) mask[i] = /[0-9.)]/.test(text[i]) ? TEXT : MARKUP
      break
    }
    case 'blockquote':
      markQuoteMarks(start(node, base), end(node, base), text, mask)
      break
    case 'code':
      markFences(node, base, text, mask)
      // An indented footnote definition is a CommonMark code block: its `<sup>` tags are still tags.
      markSupTags(start(node, base), end(node, base), text, mask)
      return
    case 'text':
      markEscapes(node, base, text, mask)
      return
    case 'html':
      // Only `<sup>` tags are markup (markSupRuns); any other HTML is text the document keeps, every character.
      if (/^<\/?sup>$/i.test(node.value)) fill(mask, start(node, base), end(node, base), MARKUP)
      else markSupTags(start(node, base), end(node, base), text, mask)
      return
    default:
      break
  }
  if ('children' in node) {
    markSupRuns(node, base, mask)
    for (const child of node.children as Nodes[]) markTree(child, base, text, mask, sinks)
  }
}

/** `<sup>1</sup>`: the tags are markup, what they enclose is a footnote marker. */
function markSupRuns(parent: Parents, base: number, mask: Uint8Array): void {
  const children = parent.children as PhrasingContent[]
  for (let i = 0; i < children.length; i++) {
    const open = children[i]
    if (open.type !== 'html' || !/^<sup>$/i.test(open.value)) continue
    let j = i + 1
    while (j < children.length && !(children[j].type === 'html' && /^<\/sup>$/i.test((children[j] as {value: string}).value))) j++
    if (j >= children.length || j === i + 1) continue
    fill(mask, end(open, base), start(children[j], base), MARKER)
    i = j
  }
}

/** `<sup>n</sup>` inside an HTML block or a code block, which remark leaves unparsed: tags markup, content a marker. */
function markSupTags(from: number, to: number, text: string, mask: Uint8Array): void {
  const re = /<sup>([^<\n]{1,8})<\/sup>/gi
  re.lastIndex = from
  for (let m = re.exec(text); m && m.index + m[0].length <= to; m = re.exec(text)) {
    const at = m.index
    fill(mask, at, at + 5, MARKUP)
    fill(mask, at + 5, at + 5 + m[1].length, MARKER)
    fill(mask, at + 5 + m[1].length, at + m[0].length, MARKUP)
  }
}

/** A backslash escape (`\*`) leaves the escaped character as text. */
function markEscapes(node: Nodes, base: number, text: string, mask: Uint8Array): void {
  const from = start(node, base)
  const to = end(node, base)
  for (let i = from; i < to - 1; i++) {
    if (text[i] === '\\' && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
      mask[i] = MARKUP
      i++
    }
  }
}

function markFences(node: Nodes, base: number, text: string, mask: Uint8Array): void {
  const from = start(node, base)
  const to = end(node, base)
  const fence = /^[ \t]*(`{3,}|~{3,})/.exec(text.slice(from, Math.min(to, from + 1024)))
  if (!fence) return
  // The fence is markup; its info string (the rest of the line) is text the document keeps.
  fill(mask, from, from + fence[0].length, MARKUP)
  const lastStart = text.lastIndexOf('\n', to - 1)
  if (lastStart > from && /^\s*(```|~~~)\s*$/.test(text.slice(lastStart + 1, to))) fill(mask, lastStart + 1, to, MARKUP)
}

function markQuoteMarks(from: number, to: number, text: string, mask: Uint8Array): void {
  let lineStart = from
  while (lineStart < to) {
    const m = /^[ \t]*>/.exec(text.slice(lineStart, Math.min(to, lineStart + 8)))
    if (m) fill(mask, lineStart, lineStart + m[0].length, MARKUP)
    const nl = text.indexOf('\n', lineStart)
    if (nl < 0 || nl >= to) break
    lineStart = nl + 1
  }
}

function markSuperscripts(text: string, mask: Uint8Array): void {
  for (const m of text.matchAll(SUPERSCRIPT_RUN)) {
    const i = m.index ?? 0
    if (mask[i] === TEXT) fill(mask, i, i + m[0].length, MARKER)
  }
}

/**
 * Pandoc/GFM footnotes (`[^3]` in the text, `[^3]: …` for the definition):
 * remark-parse without GFM leaves them as text; the label is a marker, the
 * brackets, caret and colon are markup.
 */
function markCaretFootnotes(text: string, mask: Uint8Array): void {
  for (const m of text.matchAll(/\[\^(\w{1,6})\](:?)/g)) {
    const i = m.index ?? 0
    if (mask[i] !== TEXT) continue
    fill(mask, i, i + 2, MARKUP)
    fill(mask, i + 2, i + 2 + m[1].length, MARKER)
    fill(mask, i + 2 + m[1].length, i + m[0].length, MARKUP)
  }
}

/** CommonMark leaves `**` literal next to CJK punctuation (remark #1483): still markup. */
function markLiteralStars(text: string, mask: Uint8Array): void {
  for (const m of text.matchAll(/\*\*/g)) {
    const i = m.index ?? 0
    if (mask[i] === TEXT && mask[i + 1] === TEXT) fill(mask, i, i + 2, MARKUP)
  }
}

function anySet(flags: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (flags[i]) return true
  return false
}

function splitLines(
  original: string,
  analysis: string,
  mask: Uint8Array,
  heading: Uint8Array,
  boldAt: number[],
  ruleAt: number[]
): Line[] {
  const lines: Line[] = []
  const boldSet = new Set(boldAt)
  const ruleSet = new Set(ruleAt)
  let blank = 0
  let n = 0
  let from = 0
  while (from <= analysis.length) {
    let to = analysis.indexOf('\n', from)
    if (to < 0) to = analysis.length
    const line = cleanLine(original, analysis, mask, from, to)
    const isRule = ruleSet.has(firstNonSpace(analysis, from, to))
    if (line.text === '' && line.markers.length === 0 && !isRule) {
      blank++
    } else {
      const firstText = line.map.length > 0 ? line.map[0] : from
      lines.push({
        n,
        ...line,
        heading: anySet(heading, from, to),
        bold: boldSet.has(firstText - 2) || boldSet.has(firstText - 1),
        rule: isRule,
        lang: 'zh',
        furniture: false,
        runsOn: false,
        fullWidth: false,
        blankBefore: blank,
        start: from,
        end: to
      })
      blank = 0
    }
    n++
    from = to + 1
  }
  return lines
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from
  while (i < to && (text[i] === ' ' || text[i] === '\t')) i++
  return i
}

function cleanLine(original: string, analysis: string, mask: Uint8Array, from: number, to: number) {
  let text = ''
  let norm = ''
  const map: number[] = []
  const markers: Marker[] = []
  let i = from
  while (i < to) {
    const kind = mask[i]
    if (kind === MARKER) {
      let j = i
      while (j < to && mask[j] === MARKER) j++
      const printed = original.slice(i, j)
      const label = [...analysis.slice(i, j).trim()].map((c) => SUPERSCRIPT[c] ?? c).join('')
      markers.push({label, printed, at: text.length, start: i, end: j})
      i = j
      continue
    }
    if (kind === TEXT) {
      text += original[i]
      norm += analysis[i]
      map.push(i)
    }
    i++
  }
  // Trim, keeping the map aligned.
  let a = 0
  let b = text.length
  while (a < b && /\s/.test(norm[a])) a++
  while (b > a && /\s/.test(norm[b - 1])) b--
  if (a > 0 || b < text.length) {
    for (const m of markers) m.at = Math.min(Math.max(m.at - a, 0), b - a)
    return {text: text.slice(a, b), norm: norm.slice(a, b), map: map.slice(a, b), markers}
  }
  return {text, norm, map, markers}
}
