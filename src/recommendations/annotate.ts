/**
 * Lead phrases and actions of preambular and operative paragraphs (and their
 * lettered sub-paragraphs), read on the analysis form, printed as in the
 * original.
 */
import type {Paragraph} from '../kb/schema.js'
import type {InstrumentOut} from '../structure/build.js'
import {analysisForm, type Script} from '../ingest/script.js'
import {operativeAction, preambleLead, type Lead} from './actions.js'
import {addressees} from './addressees.js'

function annotate(p: Paragraph, script: Script, read: (text: string) => Lead, operative: boolean): void {
  const text = analysisForm(p.text, script)
  const lead = read(text)
  p.lead = lead.phrase === '' ? null : p.text.slice(lead.start, lead.start + lead.phrase.length)
  p.action = lead.action
  if (operative) p.addressees = addressees(text)
  for (const child of p.children) annotate(child, script, operativeAction, operative)
}

export function annotateActions(instruments: InstrumentOut[], script: Script): void {
  for (const inst of instruments) {
    for (const p of inst.preamble) annotate(p, script, preambleLead, false)
    for (const p of inst.operative) annotate(p, script, operativeAction, true)
  }
}
