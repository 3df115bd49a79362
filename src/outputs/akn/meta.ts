/**
 * `<meta>`: FRBR identification (Work, Expression in Chinese, Manifestation)
 * and the TLC references — the adopting body as author, reskb as the source
 * of the markup, and every referent the text cites.
 */
import type {Cited} from './context.js'
import type {FrbrLevels} from './iri.js'
import type {WorkDate} from './date.js'
import type {Document} from '../../kb/schema.js'
import {empty, XmlPrinter} from './xml.js'

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'

export interface MetaInput {
  levels: FrbrLevels
  date: WorkDate
  /** TLC id of the adopting or issuing body (`unga`) and its name as printed */
  author: {id: string; name: string}
  /** ISO 15924 code of the script as printed: `Hans` or `Hant` */
  script: 'Hans' | 'Hant'
  /** FRBRnumber: the number as printed (`9/1`) */
  number?: string | null
  /** FRBRalias name="reskb": the knowledge base's key (`CTOC/COP/RES/9/1`) */
  key?: string | null
  /** FRBRname: what the Work is (`resolution`, `annex`) */
  name: string
  /** the TLC references; absent in an attachment, whose authors are the enclosing document's TLCs */
  cited?: Iterable<Cited>
}

/** ISO 15924 code of the script the document is printed in. */
export function scriptOf(doc: Document): 'Hans' | 'Hant' {
  return doc.source.script === 'traditional' ? 'Hant' : 'Hans'
}

export function metaXml(m: MetaInput): XmlPrinter {
  const out = new XmlPrinter()
  const {levels, date} = m
  const author = empty('FRBRauthor', {href: `#${m.author.id}`, as: '#author'})
  const frbrDate = empty('FRBRdate', {date: date.date, name: date.name})
  out.open('meta').open('identification', {source: '#reskb'})
  out.open('FRBRWork')
  out.line(empty('FRBRthis', {value: levels.work.this})).line(empty('FRBRuri', {value: levels.work.uri}))
  if (m.key) out.line(empty('FRBRalias', {value: m.key, name: 'reskb'}))
  out.line(frbrDate).line(author).line(empty('FRBRcountry', {value: 'un'}))
  if (m.number) out.line(empty('FRBRnumber', {value: m.number}))
  out.line(empty('FRBRname', {value: m.name}))
  out.close()
  out.open('FRBRExpression')
  out.line(empty('FRBRthis', {value: levels.expression.this})).line(empty('FRBRuri', {value: levels.expression.uri}))
  // The script as printed: the knowledge base keeps the original (Simplified or Traditional).
  out.line(empty('FRBRalias', {value: `zho-${m.script}`, name: 'script'}))
  out.line(frbrDate).line(author).line(empty('FRBRlanguage', {language: 'zho'}))
  out.close()
  out.open('FRBRManifestation')
  out.line(empty('FRBRthis', {value: levels.manifestation.this})).line(empty('FRBRuri', {value: levels.manifestation.uri}))
  // The Work's date again: a generation date would make every build differ.
  out.line(frbrDate).line(empty('FRBRauthor', {href: '#reskb'})).line(empty('FRBRformat', {value: 'application/akn+xml'}))
  out.close()
  out.close()
  if (!m.cited) return out.close()
  out.open('references', {source: '#reskb'})
  out.line(empty('TLCOrganization', {eId: m.author.id, href: `/akn/ontology/organizations/un/${m.author.id}`, showAs: m.author.name}))
  out.line(empty('TLCOrganization', {eId: 'reskb', href: '/akn/ontology/organizations/reskb', showAs: 'reskb'}))
  out.line(empty('TLCRole', {eId: 'author', href: '/akn/ontology/roles/author', showAs: 'author'}))
  for (const c of m.cited ?? []) out.line(empty('TLCReference', {eId: c.eId, href: c.href, showAs: c.key, name: c.kind}))
  out.close()
  out.close()
  return out
}
