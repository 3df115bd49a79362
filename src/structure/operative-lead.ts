/**
 * Does a numbered paragraph open with an operative verb? UN operative
 * paragraphs open with an action (`请`, `鼓励`, `决定`); agenda items and list
 * entries do not. The verbs are the one table of src/recommendations/actions.
 */
import {operativeAction, preambleLead} from '../recommendations/actions.js'

export function opensWithOperativeVerb(text: string): boolean {
  return operativeAction(text).action !== 'other'
}

/** Opens with a preambular or operative lead phrase: the start of a paragraph, not a wrapped line. */
export function opensWithLeadPhrase(text: string): boolean {
  return preambleLead(text).action !== 'other' || operativeAction(text).action !== 'other'
}
