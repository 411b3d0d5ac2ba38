// Offsets are searched on a grid of log-probability shifts; the first class stays at 0 (only differences matter).
const OFFSET_STEP = 0.25
const OFFSET_LIMIT = 2.5

/**
 * Per-class offsets added to log-probabilities before the argmax, chosen by exhaustive grid search to maximise
 * macro-F1 (over classes present in gold or predictions): rare classes such as satire get picked more often.
 * Exhaustive search is fine for the three genres; more classes than four would call for coordinate ascent.
 */
export function tuneClassOffsets(
  probabilities: Float64Array,
  targets: Uint8Array,
  labelCount: number,
): Float64Array {
  const items = probabilities.length / labelCount
  const gold = new Int32Array(items)
  for (let item = 0; item < items; item++)
    for (let label = 0; label < labelCount; label++)
      if (targets[item * labelCount + label]) gold[item] = label
  const logs = probabilities.map((probability) => Math.log(Math.max(probability, 1e-12)))
  const steps: number[] = []
  for (let value = -OFFSET_LIMIT; value <= OFFSET_LIMIT + 1e-9; value += OFFSET_STEP)
    steps.push(value)
  const offsets = new Float64Array(labelCount)
  let best = new Float64Array(labelCount)
  let bestF1 = -1
  const visit = (label: number) => {
    if (label === labelCount) {
      const f1 = macroF1(logs, gold, offsets, labelCount)
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1
        best = offsets.slice()
      }
      return
    }
    for (const step of steps) {
      offsets[label] = step
      visit(label + 1)
    }
    offsets[label] = 0
  }
  visit(1)
  return best
}

/** Index of the best class of one item after offsets. */
export function offsetArgmax(
  probabilities: ArrayLike<number>,
  row: number,
  labelCount: number,
  offsets: Float64Array,
): number {
  let best = 0
  let bestScore = Number.NEGATIVE_INFINITY
  for (let label = 0; label < labelCount; label++) {
    const score =
      Math.log(Math.max(probabilities[row * labelCount + label]!, 1e-12)) + offsets[label]!
    if (score > bestScore) {
      bestScore = score
      best = label
    }
  }
  return best
}

function macroF1(
  logs: Float64Array,
  gold: Int32Array,
  offsets: Float64Array,
  labelCount: number,
): number {
  const tp = new Float64Array(labelCount)
  const predicted = new Float64Array(labelCount)
  const actual = new Float64Array(labelCount)
  for (let item = 0; item < gold.length; item++) {
    let best = 0
    let bestScore = Number.NEGATIVE_INFINITY
    for (let label = 0; label < labelCount; label++) {
      const score = logs[item * labelCount + label]! + offsets[label]!
      if (score > bestScore) {
        bestScore = score
        best = label
      }
    }
    predicted[best]!++
    actual[gold[item]!]!++
    if (best === gold[item]) tp[best]!++
  }
  let sum = 0
  let present = 0
  for (let label = 0; label < labelCount; label++) {
    if (predicted[label] === 0 && actual[label] === 0) continue
    present++
    sum += (2 * tp[label]!) / (predicted[label]! + actual[label]!)
  }
  return present === 0 ? 0 : sum / present
}
