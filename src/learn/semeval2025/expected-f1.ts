/**
 * The distribution of how many of independent events happen (Poisson-binomial): entry n is P(exactly n), for
 * events of the given probabilities.
 */
export function countDistribution(probabilities: readonly number[]): Float64Array {
  const distribution = new Float64Array(probabilities.length + 1)
  distribution[0] = 1
  probabilities.forEach((probability, seen) => {
    for (let count = seen + 1; count > 0; count--)
      distribution[count] =
        distribution[count]! * (1 - probability) + distribution[count - 1]! * probability
    distribution[0] = distribution[0]! * (1 - probability)
  })
  return distribution
}

/**
 * Expected F1 of predicting k labels, when the gold set holds each label independently with its probability:
 * E[2a / (k + a + b)], a counting the predicted labels that are gold (distribution `chosen`), b the gold labels
 * left out (distribution `left`).
 */
export function expectedF1(chosen: Float64Array, left: Float64Array): number {
  const predicted = chosen.length - 1
  let expected = 0
  for (let hits = 1; hits < chosen.length; hits++) {
    for (let missed = 0; missed < left.length; missed++)
      expected += (chosen[hits]! * left[missed]! * 2 * hits) / (predicted + hits + missed)
  }
  return expected
}

/**
 * How many of the most probable labels (sorted, most probable first) to predict to maximise the exact expected
 * F1 under independence (Jansche 2007), at least one; `outside` are probabilities of gold labels that can only be
 * missed (they count in the gold set, never in the prediction).
 */
export function bestCountByExpectedF1(
  sortedProbabilities: readonly number[],
  outside: readonly number[] = [],
): number {
  let best = 1
  let bestValue = Number.NEGATIVE_INFINITY
  for (let count = 1; count <= sortedProbabilities.length; count++) {
    const value = expectedF1(
      countDistribution(sortedProbabilities.slice(0, count)),
      countDistribution([...sortedProbabilities.slice(count), ...outside]),
    )
    if (value > bestValue) {
      bestValue = value
      best = count
    }
  }
  return best
}
