/**
 * Cutting a parsed line into blocks without losing its source map: every
 * block keeps the exact input offset of each of its characters, so the
 * layout stage can split, retag and re-mark lines and later stages still
 * point into the original input.
 */
import type {Line, Marker} from '../parse/lines.js'

/** Characters `a`–`b` of a line's clean text as a block of its own, trimmed. */
export function sliceLine(line: Line, from: number, to: number, first = from === 0, markersHeld?: Marker[]): Line {
  // Markers go by the cut as given; the spaces trimmed off the piece take none with them.
  const last = to >= line.text.trimEnd().length
  const held = markersHeld ?? line.markers.filter((m) => (m.at >= from && m.at < to) || (m.at >= to && last) || (m.at < from && first))
  let a = from
  let b = to
  while (a < b && /\s/.test(line.norm[a])) a++
  while (b > a && /\s/.test(line.norm[b - 1])) b--
  const markers: Marker[] = held.map((m) => ({...m, at: Math.min(Math.max(m.at - a, 0), b - a)}))
  const map = line.map.slice(a, b)
  return {
    ...line,
    text: line.text.slice(a, b),
    norm: line.norm.slice(a, b),
    map,
    markers,
    blankBefore: first ? line.blankBefore : 0,
    start: map.length > 0 ? map[0] : line.start,
    end: map.length > 0 ? map[map.length - 1] + 1 : line.end
  }
}

/** Cut a line at the given clean-text positions (sorted, inside the line): one block per piece, empty pieces dropped. */
export function splitLineAt(line: Line, cuts: number[]): Line[] {
  const points = [...new Set(cuts.filter((c) => c > 0 && c < line.text.length))].sort((x, y) => x - y)
  if (points.length === 0) return [line]
  const bounds = [0, ...points, line.text.length]
  // Each piece takes the markers that stand in it (the last also those at the line's end), in one pass: a
  // flattened line may hold thousands of both.
  const markers = [...line.markers].sort((a, b) => a.at - b.at)
  const out: Line[] = []
  let next = 0
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lastPiece = i + 2 === bounds.length
    const from = next
    while (next < markers.length && (lastPiece || markers[next].at < bounds[i + 1])) next++
    const piece = sliceLine(line, bounds[i], bounds[i + 1], i === 0, markers.slice(from, next))
    if (piece.text !== '' || piece.markers.length > 0) out.push(piece)
  }
  return out
}

/**
 * Characters `a`–`b` of the clean text become a footnote marker: they leave
 * the text (as a `<sup>` would) and keep their source offsets.
 */
export function toMarker(line: Line, a: number, b: number): Line {
  const label = line.norm.slice(a, b)
  const marker: Marker = {label, printed: line.text.slice(a, b), at: a, start: line.map[a], end: line.map[b - 1] + 1}
  const shift = b - a
  const markers = [...line.markers.map((m) => (m.at >= b ? {...m, at: m.at - shift} : m)), marker].sort((x, y) => x.at - y.at || x.start - y.start)
  const text = line.text.slice(0, a) + line.text.slice(b)
  const norm = line.norm.slice(0, a) + line.norm.slice(b)
  const map = [...line.map.slice(0, a), ...line.map.slice(b)]
  // Trim what the marker leaves at the line's end (`通过。 1` → `通过。`).
  let end = text.length
  while (end > 0 && /\s/.test(norm[end - 1])) end--
  return {
    ...line,
    text: text.slice(0, end),
    norm: norm.slice(0, end),
    map: map.slice(0, end),
    markers: markers.map((m) => ({...m, at: Math.min(m.at, end)}))
  }
}
