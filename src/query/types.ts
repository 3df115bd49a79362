/** Data types of the paragraph search (see index.ts). */
import type {DictColumn, TextColumn} from './codec.js'

export interface SearchDoc {
  /** paragraph id */
  id: string
  /** document id */
  docId: string
  /** instrument key, e.g. `CTOC/COP/RES/9/1` */
  instrument?: string
  /** paragraph label as printed, e.g. `3`, `a` */
  label?: string
  /** `preamble` | `operative` | `recommendation` | `footnote` | `report` | `annex` | `heading` | `table` | … */
  kind: string
  /** original text, any script and width */
  text: string
}

export interface SearchOptions {
  /** only paragraphs of this kind (of any of these kinds) */
  kind?: string | string[]
  /** only paragraphs of this instrument, or of instruments under this key prefix (`CTOC/COP/RES/9` or `CTOC/COP/RES/`); several: any of them */
  instrument?: string | string[]
  /** at most this many hits (default 20) */
  limit?: number
}

export interface SearchHit {
  id: string
  docId: string
  instrument?: string
  label?: string
  kind: string
  /** BM25, plus a tier bonus per query piece found verbatim: hits are sorted by it */
  score: number
  /** about 80 characters of the original text around the best match, matches in 【】 */
  snippet: string
  /** matched ranges as [start, end) UTF-16 offsets into the original text */
  highlights: [number, number][]
}

/**
 * A built or loaded index. Treat as opaque: build it with `buildSearchIndex`,
 * store it with `serializeIndex` (JSON value) or `writeIndexFile`, read it back
 * with `loadIndex` or `readIndexFile`.
 */
export interface SearchIndex {
  readonly n: number
  /** paragraph ids (UTF-8), decoded on demand */
  readonly ids: TextColumn
  /** rank of each id in sorted order: ties between hits are broken by it without decoding ids */
  readonly idRank: Uint32Array
  readonly docIds: DictColumn
  readonly instruments: DictColumn
  /** labels (UTF-8), absent where the paragraph has none */
  readonly labels: TextColumn
  readonly kinds: DictColumn
  /** original texts */
  readonly texts: TextColumn
  /** script-folded text (normalize.foldScript) where it differs from the original, else absent */
  readonly simplified: TextColumn
  /** number of index terms per paragraph (BM25 length) */
  readonly lens: Uint32Array
  readonly avgdl: number
  /** all terms, sorted by UTF-16 code units, each followed by '\n' */
  readonly terms: string
  /** offset of term i in `terms`; length = term count + 1 */
  readonly termStart: Uint32Array
  /** per term: varints, paragraph index delta × 2 + (tf > 1), then tf when > 1 */
  readonly postings: Uint8Array
  /** offset of term i's postings; length = term count + 1 */
  readonly postStart: Uint32Array
}
