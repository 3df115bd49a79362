/**
 * A small seeded pseudo-random source (xorshift32) so every damage
 * generator is a pure function of its text and seed.
 */
export interface Seeded {
  /** a float in [0, 1) */
  next(): number
  /** an integer in [min, max] */
  int(min: number, max: number): number
  /** one element of a non-empty list */
  pick<T>(items: readonly T[]): T
}

export function seeded(seed: number): Seeded {
  let state = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x2545f491) >>> 0 || 1
  const next = (): number => {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 0x1_0000_0000
  }
  // Warm up: nearby seeds give unrelated first draws.
  for (let i = 0; i < 4; i++) next()
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]
  }
}

/** The start lines of pages of about `every` lines (± a fifth), over `count` lines. */
export function pageStarts(count: number, every: number, random: Seeded): number[] {
  const spread = Math.max(1, Math.round(every / 5))
  const starts: number[] = []
  for (let at = random.int(every - spread, every + spread); at < count; at += random.int(every - spread, every + spread)) {
    starts.push(at)
  }
  return starts
}
