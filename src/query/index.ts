/**
 * Full-text search over paragraphs of the knowledge base.
 *
 *   const index = buildSearchIndex(docs)          // build.ts
 *   search(index, '打击跨国有组织犯罪', {kind: 'operative', instrument: 'CTOC/COP/RES/9'})
 *   JSON.stringify(serializeIndex(index)) / loadIndex(JSON.parse(json))   // store.ts
 *   writeIndexFile(path, index) / readIndexFile(path)                    // file.ts, the fast path
 *
 * Matching folds script (Traditional ↔ Simplified), width and Latin case
 * (normalize.ts); terms are Han bigrams, segmenter words and Latin/number
 * tokens (tokenize.ts); ranking is BM25 with verbatim pieces first (search.ts).
 */
export type {SearchDoc, SearchHit, SearchIndex, SearchOptions} from './types.js'
export {buildSearchIndex, indexStats, SearchIndexBuilder, type InternedTerms} from './build.js'
export {search} from './search.js'
export {serializeIndex, loadIndex, type StoredIndex} from './store.js'
export {SEARCH_INDEX_FILE, writeIndexFile, readIndexFile, encodeIndexFile, decodeIndexFile} from './file.js'
export {foldText, toSimplified, isTraditional} from './normalize.js'
