/** Gold files (`*.gold.json`, see test/fixtures/SPEC.md): reading them. */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

export interface GoldFile {
  file: string
  issuer: string
  instruments: {key: string; title: string; preambular: number; operative: {label: string; head: string; tail: string}[]; annexes: {label: string; title: string | null}[]}[]
  footnotes: {n: number; text: string; refs: number}[]
  references: {kind: string; key: string; surface: string; date?: string; hard?: boolean}[]
  recommendationLists: {
    in: string
    annex: string
    adoptedBy: string
    meeting: string
    items: {label: string; topic: string | null; head: string; addressees: string[]; modality: string}[]
  }[]
}

export function readGold(dir: string): GoldFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile)
}
