/** Scores of n items × k labels (row-major) with their 0/1 targets. */
export interface ScoredLabels {
  readonly probabilities: Float64Array
  readonly targets: Uint8Array
  readonly labelCount: number
}

// Thresholds are searched on a grid: finer steps only fit the noise of a few hundred positives.
const GRID_STEP = 0.01
const GRID_MIN = 0.02
const GRID_MAX = 0.98
// Coordinate ascent converges in two or three sweeps; five is a safe ceiling.
const MAX_SWEEPS = 5

/** The one threshold, applied to every label, that maximises micro-F1. */
export function tuneGlobalThreshold(scored: ScoredLabels): number {
  let best = 0.5
  let bestF1 = -1
  for (const threshold of grid()) {
    const counts = { tp: 0, fp: 0, fn: 0 }
    for (let cell = 0; cell < scored.probabilities.length; cell++)
      tally(counts, scored.probabilities[cell]! >= threshold, scored.targets[cell] === 1)
    const f1 = microF1(counts)
    if (f1 > bestF1 + 1e-12) {
      bestF1 = f1
      best = threshold
    }
  }
  return best
}

/**
 * One threshold per label, chosen by coordinate ascent on micro-F1 over all labels (a rare label's threshold
 * moves only when that raises the total), starting from the best global threshold.
 */
export function tuneLabelThresholds(scored: ScoredLabels): Float64Array {
  const { labelCount, probabilities, targets } = scored
  const items = probabilities.length / labelCount
  const thresholds = new Float64Array(labelCount).fill(tuneGlobalThreshold(scored))
  const perLabel = (label: number, threshold: number) => {
    const counts = { tp: 0, fp: 0, fn: 0 }
    for (let item = 0; item < items; item++) {
      const cell = item * labelCount + label
      tally(counts, probabilities[cell]! >= threshold, targets[cell] === 1)
    }
    return counts
  }
  const current = Array.from({ length: labelCount }, (_, label) =>
    perLabel(label, thresholds[label]!),
  )
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let changed = false
    for (let label = 0; label < labelCount; label++) {
      const others = { tp: 0, fp: 0, fn: 0 }
      current.forEach((counts, other) => {
        if (other === label) return
        others.tp += counts.tp
        others.fp += counts.fp
        others.fn += counts.fn
      })
      let best = thresholds[label]!
      let bestCounts = current[label]!
      let bestF1 = microF1(sum(others, bestCounts))
      for (const threshold of grid()) {
        const counts = perLabel(label, threshold)
        const f1 = microF1(sum(others, counts))
        if (f1 > bestF1 + 1e-12) {
          bestF1 = f1
          best = threshold
          bestCounts = counts
        }
      }
      if (best !== thresholds[label]) changed = true
      thresholds[label] = best
      current[label] = bestCounts
    }
    if (!changed) break
  }
  return thresholds
}

function* grid(): Generator<number> {
  for (
    let step = Math.round(GRID_MIN / GRID_STEP);
    step <= Math.round(GRID_MAX / GRID_STEP);
    step++
  )
    yield step * GRID_STEP
}

interface Counts {
  tp: number
  fp: number
  fn: number
}

function tally(counts: Counts, isPredicted: boolean, isGold: boolean): void {
  if (isPredicted && isGold) counts.tp++
  else if (isPredicted) counts.fp++
  else if (isGold) counts.fn++
}

function sum(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }
}

function microF1({ tp, fp, fn }: Counts): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
}
