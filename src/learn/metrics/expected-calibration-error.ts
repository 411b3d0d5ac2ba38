// Ten equal-width bins, as in Guo et al. (2017), "On Calibration of Modern Neural Networks".
const DEFAULT_BINS = 10

/**
 * Expected calibration error: the gap between confidence and accuracy per confidence bin, weighted by the
 * bin's share of the predictions.
 * @example
 * expectedCalibrationError([0.9, 0.9], [true, false]) // 0.4
 */
export function expectedCalibrationError(
  confidences: readonly number[],
  outcomes: readonly boolean[],
  bins: number = DEFAULT_BINS,
): number {
  if (confidences.length !== outcomes.length)
    throw new Error('expectedCalibrationError: confidences and outcomes differ in length')
  if (confidences.length === 0) return 0
  const count = new Float64Array(bins)
  const confidenceSum = new Float64Array(bins)
  const correctSum = new Float64Array(bins)
  confidences.forEach((confidence, index) => {
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(confidence * bins)))
    count[bin]!++
    confidenceSum[bin]! += confidence
    if (outcomes[index]) correctSum[bin]!++
  })
  let error = 0
  for (let bin = 0; bin < bins; bin++) {
    if (count[bin] === 0) continue
    error += Math.abs(confidenceSum[bin]! - correctSum[bin]!) / confidences.length
  }
  return error
}
