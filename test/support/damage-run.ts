/**
 * Runs the damage kinds over the corpus: each file damaged, parsed by the
 * pipeline and scored against its gold. A parse that throws scores nothing.
 */
import {parseDocument} from '../../src/pipeline/parse-document.js'
import {CORPUS_FILES, corpusText, gold} from './corpus.js'
import {DAMAGE_KINDS, type DamageKind} from './damage.js'
import {NOTHING_PARSED, addScores, scoreDocument, type DamageScore} from './damage-score.js'

export const DEFAULT_SEED = 1

export interface FileScore extends DamageScore {
  file: string
  seed: number
  error?: string
}

const NO_DAMAGE: DamageKind = {name: 'none (undamaged)', damage: (text) => text}

function scoreFile(kind: DamageKind, file: string, seed: number): FileScore {
  const g = gold(file)
  try {
    const doc = parseDocument(kind.damage(corpusText(file), seed), {path: file})
    return {file, seed, ...scoreDocument(doc, g)}
  } catch (error) {
    return {file, seed, ...scoreDocument(NOTHING_PARSED, g), error: error instanceof Error ? error.message : String(error)}
  }
}

export interface KindScore {
  kind: string
  total: DamageScore
  files: FileScore[]
}

/** Every damage kind (and the undamaged text first, as the baseline) on every corpus file, with each seed. */
export function scoreDamageKinds(seeds: readonly number[] = [DEFAULT_SEED], kinds: readonly DamageKind[] = [NO_DAMAGE, ...DAMAGE_KINDS]): KindScore[] {
  return kinds.map((kind) => {
    const files = seeds.flatMap((seed) => CORPUS_FILES.map((file) => scoreFile(kind, file, seed)))
    return {kind: kind.name, total: addScores(files), files}
  })
}
