/**
 * reskb's library API: the same objects the command line prints.
 *
 *   import {parseDocument, buildKnowledgeBase, readInputs, loadKnowledgeBase} from 'reskb'
 */
export {parseDocument, type ParseOptions} from './pipeline/parse-document.js'
export {buildKnowledgeBase, readInputs, parseInput, knowledgeBaseJsonSchema, type InputFile, type ParseOutcome} from './kb/build.js'
export {loadKnowledgeBase, KnowledgeBaseError} from './kb/load.js'
export {writeOutputs} from './kb/write.js'
export {recommendationRows, toCsv, toJsonl, type RecommendationRow} from './kb/recommendations-export.js'
export {InputError} from './ingest/decode.js'
export {PIPELINE_VERSION} from './kb/version.js'
export * from './kb/schema.js'
