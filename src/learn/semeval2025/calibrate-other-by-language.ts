import { applyPlatt, fitPlatt, type PlattScaling } from '../platt-scaling.ts'
import { OTHER } from './narrative-labels.ts'

const IDENTITY: PlattScaling = { slope: 1, intercept: 0 }
// Below this many "Other" documents of a language in training, the language keeps the label's calibration.
const MIN_OTHER_DOCUMENTS = 10

/**
 * Calibrates "Other" per language on the out-of-fold scores that fitted the label calibrations: how often a
 * document carries none of the narratives, and how well the score tells them apart, differ by language (English
 * 42 % "Other", Hindi 21 %, Russian none). Each language with enough "Other" documents gets a logistic map of the
 * label-calibrated log-odds, composed with the label's calibration into one scaling of the raw score.
 */
export function calibrateOtherByLanguage(
  documents: readonly {
    readonly lang: string
    readonly labels: { narratives: readonly string[] }
  }[],
  labels: readonly string[],
  outOfFold: Float64Array,
  calibration: readonly PlattScaling[],
): Record<string, PlattScaling> {
  const column = labels.indexOf(OTHER)
  if (column === -1) return {}
  const label = calibration[column]!
  const byLanguage: Record<string, PlattScaling> = {}
  const languages = [...new Set(documents.map((document) => document.lang.toLowerCase()))].sort()
  for (const lang of languages) {
    const rows = documents.flatMap((document, index) =>
      document.lang.toLowerCase() === lang ? [index] : [],
    )
    const targets = rows.map((index) =>
      documents[index]!.labels.narratives.includes(OTHER) ? 1 : 0,
    )
    if (targets.reduce((sum: number, target) => sum + target, 0) < MIN_OTHER_DOCUMENTS) continue
    // Fitted on the label-calibrated log-odds s·x + c, then composed: a(s·x + c) + b.
    const logOdds = rows.map(
      (index) => label.slope * outOfFold[index * labels.length + column]! + label.intercept,
    )
    const own = fitPlatt(logOdds, targets)
    // A fit is kept only if it explains the language's documents better than the label's calibration: on a score
    // that hardly separates a language's classes, the label's own map can do as well.
    if (own.slope <= 0 || logLoss(own, logOdds, targets) >= logLoss(IDENTITY, logOdds, targets))
      continue
    byLanguage[lang] = {
      slope: own.slope * label.slope,
      intercept: own.slope * label.intercept + own.intercept,
    }
  }
  return byLanguage
}

function logLoss(
  scaling: PlattScaling,
  scores: readonly number[],
  targets: readonly number[],
): number {
  return scores.reduce((sum, score, index) => {
    const probability = Math.min(Math.max(applyPlatt(scaling, score), 1e-12), 1 - 1e-12)
    return sum - Math.log(targets[index] ? probability : 1 - probability)
  }, 0)
}
