/**
 * Lead phrases and actions of preambular and operative paragraphs (and their
 * lettered sub-paragraphs), read on the analysis form, printed as in the
 * original.
 */
import type {Paragraph} from '../kb/schema.js'
import type {InstrumentOut} from '../structure/build.js'
import {analysisForm, type Script} from '../ingest/script.js'
import {operativeAction, preambleLead, type Lead} from './actions.js'

function annotate(p: Paragraph, script: Script, read: (text: string) => Lead): void {
  const lead = read(analysisForm(p.text, script))
  p.lead = lead.phrase === '' ? null : p.text.slice(lead.start, lead.start + lead.phrase.length)
  p.action = lead.action
  for (const child of p.children) annotate(child, script, operativeAction)
}

export function annotateActions(instruments: InstrumentOut[], script: Script): void {
  for (const inst of instruments) {
    for (const p of inst.preamble) annotate(p, script, preambleLead)
    for (const p of inst.operative) annotate(p, script, operativeAction)
  }
}
