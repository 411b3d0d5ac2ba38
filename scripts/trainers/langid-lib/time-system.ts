import { performance } from 'node:perf_hooks'

/** Timed passes per system; the fastest is kept, as it is least disturbed by garbage collection and JIT. */
const TIMED_PASSES = 3

/**
 * Runs `predict` over all texts once to warm up, then returns the best wall time in milliseconds of several passes.
 */
export function timeSystem(texts: readonly string[], predict: (text: string) => unknown): number {
  let sink = 0
  for (const text of texts) if (predict(text) !== undefined) sink++
  let best = Number.POSITIVE_INFINITY
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const start = performance.now()
    for (const text of texts) if (predict(text) !== undefined) sink++
    best = Math.min(best, performance.now() - start)
  }
  if (sink < 0) throw new Error('unreachable: keeps the calls observable')
  return best
}
