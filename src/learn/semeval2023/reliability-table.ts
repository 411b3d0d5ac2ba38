/** One confidence bin of a reliability table. */
export interface ReliabilityBin {
  readonly from: number
  readonly to: number
  readonly count: number
  readonly meanConfidence: number
  readonly accuracy: number
}

// Bins finer at the top, where assigned labels sit: [0, 0.1), … [0.9, 1].
const EDGES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] as const

/** Groups (confidence, outcome) pairs by confidence and compares mean confidence with observed accuracy. */
export function reliabilityTable(
  confidences: readonly number[],
  outcomes: readonly boolean[],
): ReliabilityBin[] {
  const bins: ReliabilityBin[] = []
  for (let bin = 0; bin < EDGES.length - 1; bin++) {
    const from = EDGES[bin]!
    const to = EDGES[bin + 1]!
    let count = 0
    let confidence = 0
    let correct = 0
    confidences.forEach((value, index) => {
      const isLast = bin === EDGES.length - 2
      if (value < from || (isLast ? value > to : value >= to)) return
      count++
      confidence += value
      if (outcomes[index]) correct++
    })
    if (count > 0)
      bins.push({ from, to, count, meanConfidence: confidence / count, accuracy: correct / count })
  }
  return bins
}
