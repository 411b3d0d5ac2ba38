import type { GroupEvidence } from '../../../src/components/langid/group-posterior.ts'
import type { LangidModel } from '../../../src/components/langid/langid-model.ts'

/** One calibration paragraph: its evidence within its script group and the index of its gold language there. */
export interface CalibrationSample {
  readonly evidence: GroupEvidence
  readonly truth: number
}

/** Length exponents tried: 0 is a plain tempered naive Bayes, 1 scores the mean per n-gram. */
const LENGTH_EXPONENTS = Array.from({ length: 21 }, (_, step) => step / 20)

/** Scales tried, log-spaced from 0.001 to 10, wide enough for both ends of the exponent range. */
const SCALES = Array.from({ length: 161 }, (_, step) => 10 ** (-3 + step / 40))

/** Decimal places kept for the fitted values, so the artefact is byte-stable. */
const CALIBRATION_DECIMALS = 4

/**
 * Grid-searches the softmax scale and length exponent that minimise log loss on held-aside paragraphs.
 */
export function fitCalibration(
  samples: readonly CalibrationSample[],
  quantization: number,
): LangidModel['calibration'] & { logLoss: number } {
  const prepared = samples.map(({ evidence, truth }) => {
    const smallest = Math.min(...evidence.penalties)
    return {
      nats: Array.from(evidence.penalties, (penalty) => (penalty - smallest) / quantization),
      matched: Math.max(1, evidence.matched),
      truth,
    }
  })
  let best = { scale: 1, lengthExponent: 1, logLoss: Number.POSITIVE_INFINITY }
  for (const lengthExponent of LENGTH_EXPONENTS) {
    for (const scale of SCALES) {
      let loss = 0
      for (const { nats, matched, truth } of prepared) {
        const factor = scale / matched ** lengthExponent
        let total = 0
        for (const value of nats) total += Math.exp(-factor * value)
        loss += factor * (nats[truth] ?? 0) + Math.log(total)
      }
      const logLoss = loss / Math.max(1, prepared.length)
      if (logLoss < best.logLoss) best = { scale, lengthExponent, logLoss }
    }
  }
  const round = (value: number): number => Number(value.toFixed(CALIBRATION_DECIMALS))
  return {
    scale: round(best.scale),
    lengthExponent: round(best.lengthExponent),
    logLoss: round(best.logLoss),
  }
}
