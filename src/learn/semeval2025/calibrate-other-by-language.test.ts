import { describe, expect, test } from 'vitest'
import { applyPlatt } from '../platt-scaling.ts'
import { calibrateOtherByLanguage } from './calibrate-other-by-language.ts'

const LABELS = ['Other', 'URW: Praise of Russia']
const SHARED = { slope: 1, intercept: 0 }

// Documents of one language with the given "Other" scores, those `isOther` picks labelled "Other".
function documentsOf(lang: string, scores: readonly number[], isOther: (index: number) => boolean) {
  return scores.map((score, index) => ({
    lang,
    score,
    labels: { narratives: isOther(index) ? ['Other'] : ['URW: Praise of Russia'] },
  }))
}

describe('calibrateOtherByLanguage', () => {
  const scores = Array.from({ length: 60 }, (_, index) => ((index % 12) - 6) / 2)
  // English: "Other" exactly when the score is positive; Hindi: "Other" for two of the five documents at each score
  // and one more at the top (21 of 60, the score nearly uninformative); Russian: never "Other".
  const documents = [
    ...documentsOf('EN', scores, (index) => scores[index]! > 0),
    ...documentsOf('HI', scores, (index) => index < 24 || index === 59),
    ...documentsOf('RU', scores, () => false),
  ]
  const outOfFold = Float64Array.from(documents.flatMap((document) => [document.score, 0]))
  const byLanguage = calibrateOtherByLanguage(documents, LABELS, outOfFold, [SHARED, SHARED])

  test('a language with fewer than ten "Other" documents keeps the label calibration', () => {
    expect(Object.keys(byLanguage).sort()).toEqual(['en', 'hi'])
  })

  test('a score that separates "Other" gets steeper, one that does not gets flat near the rate', () => {
    expect(byLanguage.en!.slope).toBeGreaterThan(SHARED.slope)
    expect(byLanguage.hi!.slope).toBeLessThan(0.3)
    expect(applyPlatt(byLanguage.hi!, 5)).toBeGreaterThan(0.3)
    expect(applyPlatt(byLanguage.hi!, 5)).toBeLessThan(0.5)
    expect(applyPlatt(byLanguage.hi!, 5)).toBeLessThan(applyPlatt(SHARED, 5))
  })

  test('is composed with the label calibration: the same map of the raw score', () => {
    const label = { slope: 0.5, intercept: 0.25 }
    const composed = calibrateOtherByLanguage(documents, LABELS, outOfFold, [label, SHARED])
    // Fitting on the label's log-odds 0.5x + 0.25 and composing undoes the label's scaling for a free logistic fit.
    for (const score of [-3, 0, 2.5])
      expect(applyPlatt(composed.hi!, score)).toBeCloseTo(applyPlatt(byLanguage.hi!, score), 6)
  })

  test('wide uninformative scores do not run away: the same map of the score as at its scale', () => {
    // Newton's full steps from slope 1 ran away on these doubled scores before fitPlatt backtracked.
    const wide = Float64Array.from(outOfFold, (value) => value * 2)
    const fitted = calibrateOtherByLanguage(documents, LABELS, wide, [SHARED, SHARED])
    expect(Object.keys(fitted).sort()).toEqual(['en', 'hi'])
    for (const score of [-3, 0, 2.5])
      expect(applyPlatt(fitted.hi!, 2 * score)).toBeCloseTo(applyPlatt(byLanguage.hi!, score), 6)
  })

  test('no "Other" label, no per-language calibration', () => {
    expect(
      calibrateOtherByLanguage(documents, ['URW: Praise of Russia'], outOfFold, [SHARED]),
    ).toEqual({})
  })
})
