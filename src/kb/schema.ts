/**
 * The knowledge base schema: the single definition of reskb's output.
 * TypeScript types are inferred from it and `output/kb.schema.json` is
 * generated from it, so code, docs and consumers cannot drift apart.
 */
import * as z from 'zod'

const offset = z.number().int().nonnegative()

export const FootnoteMarkerSchema = z
  .object({
    n: z.string().describe('footnote number or letter as a plain string'),
    printed: z.string().describe('the marker as printed (`¹`, `1` in `<sup>`)'),
    at: z.number().int().nonnegative().describe('index in the paragraph text where the marker stood'),
    start: offset.describe('offset of the marker in the original input'),
    end: offset,
    footnote: z.string().nullable().describe('id of the footnote definition this marker cites, null when the text has none')
  })
  .meta({id: 'FootnoteMarker'})

export const ParagraphKindSchema = z.enum([
  'heading',
  'title',
  'formula',
  'preamble',
  'operative',
  'subparagraph',
  'report',
  'annex',
  'item',
  'text',
  'closing',
  'meta',
  'toc'
])

export const ParagraphSchema = z
  .object({
    id: z.string().describe('stable id: document id + structural path (AKN-style eId)'),
    kind: ParagraphKindSchema,
    num: z.string().nullable().describe('the label as printed (`12.`, `(a)`), null when unnumbered'),
    label: z.string().nullable().describe('the label without brackets or dot (`12`, `a`)'),
    text: z.string().describe('paragraph text in the original script, markup and footnote markers removed, page breaks joined'),
    start: offset.describe('offset of the first character in the original input (UTF-16 units)'),
    end: offset.describe('offset after the last character in the original input'),
    pieces: z.array(z.tuple([offset, offset])).describe('source ranges the text was joined from (several when a page break cut it)'),
    markers: z.array(FootnoteMarkerSchema),
    lead: z.string().nullable().describe('lead phrase of a preambular or operative paragraph as printed'),
    action: z.string().nullable().describe('normalised action of the lead phrase (see README)'),
    lang: z.literal('en').optional().describe('set on the English blocks of a bilingual text; Chinese blocks have none'),
    addressees: z
      .array(z.string())
      .nullable()
      .describe('who an operative paragraph asks to act (`States`, `Secretariat`, … as in SPEC.md); null elsewhere'),
    get children() {
      return z.array(ParagraphSchema).describe('lettered sub-paragraphs')
    }
  })
  .meta({id: 'Paragraph'})

export const AnnexSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['annex', 'appendix']),
    label: z.string().describe('`附件`, `附件一`, `附录` as printed'),
    title: z.string().nullable(),
    start: offset,
    end: offset,
    heading: ParagraphSchema.describe('the `附件…` line'),
    titleParagraph: ParagraphSchema.nullable().describe('the title line under the heading'),
    paragraphs: z.array(ParagraphSchema),
    tables: z.array(z.string()).describe('ids of the tables inside this annex')
  })
  .meta({id: 'Annex'})

export const InstrumentSchema = z
  .object({
    id: z.string(),
    key: z.string().describe('canonical key as in SPEC.md, e.g. `CTOC/COP/RES/9/1`, `A/RES/69/197`'),
    kind: z.enum(['resolution', 'decision']),
    number: z.string().describe('as printed without spaces: `9/1`, `69/197`, `1373(2001)`'),
    title: z.string().nullable(),
    adoptedBy: z.string().nullable().describe('the adopting-body line without its comma (`大会`)'),
    heading: ParagraphSchema.describe('the number line (`第 9/1 号决议`, `69/197. …`)'),
    titleParagraph: ParagraphSchema.nullable().describe('the title line when it stands on its own'),
    formula: ParagraphSchema.nullable().describe('the adopting-body line'),
    preamble: z.array(ParagraphSchema),
    operative: z.array(ParagraphSchema),
    body: z.array(ParagraphSchema).describe('other text of the instrument (agenda items, closing lines)'),
    annexes: z.array(AnnexSchema),
    section: z.string().nullable().describe('id of the report section that holds the instrument'),
    start: offset,
    end: offset,
    citedBy: z
      .array(z.object({document: z.string(), paragraph: z.string(), key: z.string()}))
      .describe('places in the knowledge base that cite this instrument')
  })
  .meta({id: 'Instrument'})

export const SectionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['annex', 'chapter', 'section', 'subsection', 'heading']).describe('`annex`: an annex of the report itself'),
    num: z.string().nullable(),
    label: z.string().nullable(),
    title: z.string(),
    start: offset,
    end: offset,
    heading: ParagraphSchema,
    paragraphs: z.array(ParagraphSchema),
    instruments: z.array(z.string()).describe('keys of the instruments whose text stands in this section'),
    get children() {
      return z.array(SectionSchema)
    }
  })
  .meta({id: 'Section'})

export const FootnoteSchema = z
  .object({
    id: z.string(),
    n: z.string().describe('the footnote\'s number (`3`) or sign (`*`) as a plain string'),
    marker: z.string().describe('the definition\'s marker as printed'),
    text: z.string(),
    start: offset,
    end: offset,
    markers: z.array(z.string()).describe('ids of the paragraphs whose markers cite this footnote, once per marker')
  })
  .meta({id: 'Footnote'})

export const TableCellSchema = z.object({text: z.string(), start: offset, end: offset, markers: z.array(FootnoteMarkerSchema)})

export const TableSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['grid', 'key-value']),
    caption: z.string().nullable().describe('`表 1`'),
    title: z.string().nullable(),
    header: z.array(TableCellSchema),
    rows: z.array(z.array(TableCellSchema)),
    notes: z.array(z.object({label: z.string(), text: z.string(), start: offset, end: offset})),
    start: offset,
    end: offset
  })
  .meta({id: 'Table'})

export const DiagnosticSchema = z
  .object({
    ruleId: z.string().describe('`reskb:<rule>`'),
    severity: z.enum(['info', 'warning', 'error']),
    message: z.string(),
    start: offset.nullable(),
    end: offset.nullable()
  })
  .meta({id: 'Diagnostic'})

export const MetaFieldSchema = z.object({text: z.string(), start: offset, end: offset})

export const MetaSchema = z
  .object({
    body: MetaFieldSchema.nullable().describe('issuing body line of the masthead'),
    distribution: MetaFieldSchema.nullable(),
    date: MetaFieldSchema.nullable(),
    languages: z.array(MetaFieldSchema),
    session: MetaFieldSchema.nullable(),
    agendaItem: MetaFieldSchema.nullable(),
    adoptionBasis: MetaFieldSchema.nullable(),
    title: MetaFieldSchema.nullable(),
    notes: z.array(MetaFieldSchema).describe('masthead notes such as `* 因技术原因…重新印发`'),
    closing: z.array(MetaFieldSchema).describe('closing date and meeting lines'),
    furniture: z.array(MetaFieldSchema).describe('running headers, job numbers and page numbers taken out of the body'),
    other: z.array(MetaFieldSchema)
  })
  .meta({id: 'Meta'})

export const SourceSchema = z.object({
  path: z.string(),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5']),
  script: z.enum(['simplified', 'traditional'])
})

export const TocEntrySchema = z.object({
  text: z.string().describe('the line as printed'),
  num: z.string().nullable(),
  title: z.string(),
  page: z.string().nullable(),
  start: offset,
  end: offset
})

export const ReferenceKindSchema = z.enum([
  'resolution',
  'decision',
  'article',
  'chapter',
  'symbol',
  'treaty-series',
  'sales-number',
  'sdg',
  'paragraph',
  'footnote'
])

export const ReferenceSchema = z
  .object({
    id: z.string(),
    kind: ReferenceKindSchema,
    key: z.string().describe('canonical key as in SPEC.md (`A/RES/68/193`, `UNTOC/art32/para4`, `fn3` for a footnote marker)'),
    surface: z.string().describe('the text as printed'),
    date: z.string().nullable().describe('ISO date where the text dates the referent'),
    hard: z.boolean().describe('the text is damaged and the key was inferred'),
    lang: z.literal('en').optional().describe('`en` for a reference read on the English side of a bitext (out of SPEC v2 scoring)'),
    rule: z.string().describe('id of the rule that found it'),
    container: z.enum(['paragraph', 'footnote', 'table', 'meta']),
    in: z.string().describe('id of the paragraph, footnote, table or masthead field that holds it'),
    instrument: z.string().nullable().describe('key of the instrument whose text holds it'),
    start: offset.describe('offset in the text of its container'),
    end: offset,
    sourceStart: offset.describe('offset in the original input'),
    sourceEnd: offset,
    target: z
      .object({document: z.string(), instrument: z.string().nullable(), paragraph: z.string().nullable(), footnote: z.string().nullable()})
      .nullable()
      .describe('what it links to inside the knowledge base'),
    url: z.string().nullable().describe('the official document system, where the key is a UN symbol')
  })
  .meta({id: 'Reference'})

export const AddresseeSchema = z.enum(['States', 'StatesParties', 'MemberStates', 'Secretariat', 'UNODC', 'COP', 'WorkingGroup', 'CentralAuthorities', 'Other'])
export const ModalitySchema = z.enum(['should', 'should-consider', 'may', 'may-wish', 'encouraged', 'invited', 'called-upon', 'urged', 'requested', 'other'])

export const RecommendationItemSchema = z
  .object({
    id: z.string().describe('id of the paragraph that holds the item'),
    label: z.string().describe('`a`, `1`: as printed without brackets or dot'),
    topic: z.string().nullable().describe('the unnumbered sub-heading above the item, or null'),
    text: z.string().describe('whole item text, joined across page breaks, footnote markers removed'),
    start: offset,
    end: offset,
    addressees: z.array(AddresseeSchema),
    modality: ModalitySchema,
    references: z.array(z.string()).describe('ids of the references found in the item'),
    similar: z.array(z.object({item: z.string(), list: z.string(), score: z.number()})).describe('the most similar items of other lists (recurrence)')
  })
  .meta({id: 'RecommendationItem'})

export const RecommendationListSchema = z
  .object({
    id: z.string(),
    in: z.string().nullable().describe('key of the instrument that sets out the list'),
    annex: z.string().nullable().describe('label of the annex that holds the list (`附件一`)'),
    annexTitle: z.string().nullable(),
    adoptedBy: z.string().nullable().describe('the subsidiary body that adopted the list, as named'),
    meeting: z.string().nullable().describe('the meeting, as printed (`第十三次会议`), or its description where no ordinal is printed'),
    meetingDates: z.array(z.string()).describe('ISO dates of the adopting meeting (first and last day)'),
    sourceSymbols: z.array(z.string()).describe('document symbols of the report that holds the list, from its footnote'),
    endorsedBy: z.string().nullable().describe('id of the operative paragraph that endorses the list'),
    intro: z.string().nullable().describe('id of the paragraph that introduces the list'),
    items: z.array(RecommendationItemSchema)
  })
  .meta({id: 'RecommendationList'})

export const IdentitySchema = z
  .object({
    issuer: z.string().describe('SPEC body prefix of the body whose text this is; `?` for a text that is no UN text or whose body cannot be known'),
    numberingBody: z.string().describe('whose resolutions a bare number (`53/111`) means in this text'),
    symbol: z.string().nullable().describe('the document\'s own symbol, from its masthead, header or head'),
    evidence: z
      .array(
        z.object({
          kind: z.enum(['symbol-series', 'masthead-body', 'adopting-body', 'formula', 'caption', 'title-line', 'instrument', 'non-un', 'named-most']),
          prefix: z.string().describe('the body prefix this evidence speaks for'),
          text: z.string(),
          start: offset.nullable().describe('UTF-16 offset into the decoded input; null for an instrument\'s adopting body'),
          end: offset.nullable()
        })
      )
      .describe('everything the resolver weighed, in reading order, strongest kinds first'),
    selfKeys: z.array(z.string()).describe('keys and symbols that name the text itself: not references where they stand as a label')
  })
  .meta({id: 'Identity'})

export const DocumentSchema = z
  .object({
    id: z.string().describe('`doc-` + 16 hex digits of the sha256 of the source path and the content sha256: distinct for two files with the same bytes'),
    source: SourceSchema,
    issuer: z.string().describe('SPEC body prefix of the body whose text this is (`A`, `CTOC/COP`)'),
    identity: IdentitySchema.describe('who issued the text and what names it, with the evidence'),
    kind: z.enum(['report', 'resolution', 'decision', 'resolutions', 'text']),
    meta: MetaSchema,
    toc: z.array(TocEntrySchema),
    sections: z.array(SectionSchema).describe('the report\'s chapters, sections and sub-sections'),
    paragraphs: z.array(ParagraphSchema).describe('text outside any section or instrument'),
    instruments: z.array(InstrumentSchema),
    footnotes: z.array(FootnoteSchema),
    tables: z.array(TableSchema),
    references: z.array(ReferenceSchema),
    recommendationLists: z.array(RecommendationListSchema),
    diagnostics: z.array(DiagnosticSchema)
  })
  .meta({id: 'Document'})

export type Identity = z.infer<typeof IdentitySchema>
export type FootnoteMarker = z.infer<typeof FootnoteMarkerSchema>
export type ParagraphKind = z.infer<typeof ParagraphKindSchema>
export type Paragraph = z.infer<typeof ParagraphSchema>
export type Annex = z.infer<typeof AnnexSchema>
export type Instrument = z.infer<typeof InstrumentSchema>
export type Section = z.infer<typeof SectionSchema>
export type Footnote = z.infer<typeof FootnoteSchema>
export type Table = z.infer<typeof TableSchema>
export type TableCell = z.infer<typeof TableCellSchema>
export type Diagnostic = z.infer<typeof DiagnosticSchema>
export type Meta = z.infer<typeof MetaSchema>
export type MetaField = z.infer<typeof MetaFieldSchema>
export type Source = z.infer<typeof SourceSchema>
export type TocEntry = z.infer<typeof TocEntrySchema>
export type Document = z.infer<typeof DocumentSchema>
export type Reference = z.infer<typeof ReferenceSchema>
export type ReferenceKind = z.infer<typeof ReferenceKindSchema>
export type Addressee = z.infer<typeof AddresseeSchema>
export type Modality = z.infer<typeof ModalitySchema>
export type RecommendationItem = z.infer<typeof RecommendationItemSchema>
export type RecommendationList = z.infer<typeof RecommendationListSchema>

export const InputErrorSchema = z
  .object({
    path: z.string(),
    ruleId: z.string().describe('`reskb:empty`, `reskb:binary`, `reskb:undecodable`, `reskb:too-large`, `reskb:unreadable`'),
    message: z.string()
  })
  .meta({id: 'InputError'})

export const KnowledgeBaseSchema = z
  .object({
    schemaVersion: z.literal(1),
    pipelineVersion: z.string().describe('changes whenever a rule changes: cached results of another version are not reused'),
    documents: z.array(DocumentSchema),
    errors: z.array(InputErrorSchema).describe('inputs that were refused, with the reason')
  })
  .meta({id: 'KnowledgeBase', title: 'reskb knowledge base'})

export type InputErrorRecord = z.infer<typeof InputErrorSchema>
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>
