/**
 * The identity stage: the structure's plain output (lines, masthead fields,
 * instruments) → the issuer resolver's input, its result, and the instrument
 * keys it settles (an instrument the structure could only key as `?/…`).
 */
import type {Diagnostic, Document, MetaField} from '../kb/schema.js'
import type {StructureResult} from '../structure/build.js'
import type {Line} from '../parse/lines.js'
import {analysisForm, type Script} from '../ingest/script.js'
import {foldWidth} from '../refs/normalize.js'
import {issuerWeight, resolveIdentity, STRONG, type Identity, type IdentityLine} from '../identity/index.js'

function fieldLine(f: MetaField, script: Script): IdentityLine {
  return {text: analysisForm(f.text, script), start: f.start, end: f.end}
}

export function documentIdentity(lines: Line[], structure: StructureResult, script: Script): Identity {
  const m = structure.meta
  return resolveIdentity({
    lines: lines.filter((l) => l.map.length > 0).map((l) => ({text: foldWidth(l.norm), start: l.map[0], end: l.map[l.map.length - 1] + 1})),
    mastheadBody: m.body ? fieldLine(m.body, script) : null,
    headerFields: [...(m.title ? [m.title] : []), ...m.other, ...m.notes, ...m.furniture].map((f) => fieldLine(f, script)),
    instruments: structure.instruments.map((i) => ({key: i.key, number: i.number, adoptedBy: i.adoptedBy ? analysisForm(i.adoptedBy, script) : null}))
  })
}

/** An instrument the structure keyed `?/…` for want of an issuer gets the numbering body's prefix. */
export function settleInstrumentKeys(structure: StructureResult, identity: Identity): void {
  if (structure.issuer !== '?' || identity.numberingBody === '?' || issuerWeight(identity) < STRONG) return
  const renamed = new Map<string, string>()
  for (const inst of structure.instruments) {
    if (!inst.key.startsWith('?/')) continue
    const key = `${identity.numberingBody}${inst.key.slice(1)}`
    renamed.set(inst.key, key)
    inst.key = key
  }
  const rename = (keys: string[]) => keys.map((k) => renamed.get(k) ?? k)
  const walk = (ss: StructureResult['sections']): void => {
    for (const s of ss) {
      s.instruments = rename(s.instruments)
      walk(s.children)
    }
  }
  walk(structure.sections)
  identity.selfKeys = [...new Set(rename(identity.selfKeys))].sort()
}

/** Diagnostics where the evidence for the issuer is weak or missing. */
export function identityDiagnostics(identity: Identity): Diagnostic[] {
  if (identity.issuer === '?') {
    const nonUn = identity.evidence.find((e) => e.kind === 'non-un')
    return [
      nonUn
        ? {ruleId: 'reskb:issuer-non-un', severity: 'info', message: `not a UN text (${nonUn.text.trim().slice(0, 40)}): issuer ?`, start: nonUn.start, end: nonUn.end}
        : {ruleId: 'reskb:issuer-unknown', severity: 'warning', message: 'no masthead, symbol, adopting body or caption tells who issued the text: issuer ?', start: null, end: null}
    ]
  }
  if (issuerWeight(identity) < STRONG) {
    const e = identity.evidence.find((x) => x.prefix === identity.issuer)!
    return [{ruleId: 'reskb:issuer-weak', severity: 'warning', message: `issuer ${identity.issuer} only from ${e.kind} (${e.text.slice(0, 40)})`, start: e.start, end: e.end}]
  }
  return []
}

export type DocumentIdentity = Document['identity']
