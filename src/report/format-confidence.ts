const CONFIDENCE_DECIMALS = 2

/** A probability rounded for reports, e.g. 0.8765 → "0.88". */
export function formatConfidence(confidence: number): string {
  return confidence.toFixed(CONFIDENCE_DECIMALS)
}
