// The library API: parse a text, build a knowledge base, query it.
// Run with `node examples/library.mjs` after `npm ci` (which builds dist/).
import {parseDocument, buildKnowledgeBase, readInputs, recommendationRows} from 'reskb'
import {readFileSync} from 'node:fs'

const doc = parseDocument(readFileSync('corpus/000_72cb1ed1b35ea5b9.txt'), {path: 'corpus/000_72cb1ed1b35ea5b9.txt'})
const resolution = doc.instruments[0]
console.log(resolution.key, resolution.title)
console.log(`${resolution.preamble.length} preambular, ${resolution.operative.length} operative paragraphs`)
console.log(resolution.operative.slice(0, 3).map((p) => `${p.label}. [${p.action}] ${p.lead}…`).join('\n'))

const kb = buildKnowledgeBase(readInputs(['corpus']))
const citing = kb.documents.flatMap((d) => d.references.filter((r) => r.key === 'CTOC/COP/RES/5/5').map((r) => `${d.source.path} ${r.in}`))
console.log(`CTOC/COP/RES/5/5 is cited ${citing.length} times`)
console.log(`${recommendationRows(kb.documents).filter((r) => r.addressees.includes('UNODC')).length} recommendations address UNODC`)
