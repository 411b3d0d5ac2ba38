import { sigmoid } from './linear-model.ts'

/** A logistic map from a raw score to a calibrated probability: sigmoid(slope × score + intercept). */
export interface PlattScaling {
  readonly slope: number
  readonly intercept: number
}

// Newton's method on two parameters converges in a handful of steps; these bound the work and the precision.
const MAX_ITERATIONS = 100
const TOLERANCE = 1e-10
// A tiny ridge keeps the Hessian invertible when scores separate the classes perfectly.
const RIDGE = 1e-6

/**
 * Fits Platt scaling by Newton's method on log loss, with Platt's smoothed targets
 * ((positives + 1) / (positives + 2) and 1 / (negatives + 2)) so that separable scores stay finite.
 */
export function fitPlatt(scores: ArrayLike<number>, outcomes: ArrayLike<number>): PlattScaling {
  let positives = 0
  for (let index = 0; index < outcomes.length; index++) positives += outcomes[index] ? 1 : 0
  const negatives = outcomes.length - positives
  const high = (positives + 1) / (positives + 2)
  const low = 1 / (negatives + 2)
  let slope = 1
  let intercept = 0
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let gradientSlope = 0
    let gradientIntercept = 0
    let hessianSS = RIDGE
    let hessianSI = 0
    let hessianII = RIDGE
    for (let index = 0; index < scores.length; index++) {
      const score = scores[index]!
      const probability = sigmoid(slope * score + intercept)
      const residual = probability - (outcomes[index] ? high : low)
      const curvature = Math.max(probability * (1 - probability), 1e-12)
      gradientSlope += residual * score
      gradientIntercept += residual
      hessianSS += curvature * score * score
      hessianSI += curvature * score
      hessianII += curvature
    }
    const determinant = hessianSS * hessianII - hessianSI * hessianSI
    if (Math.abs(determinant) < 1e-18) break
    const stepSlope = (hessianII * gradientSlope - hessianSI * gradientIntercept) / determinant
    const stepIntercept = (hessianSS * gradientIntercept - hessianSI * gradientSlope) / determinant
    slope -= stepSlope
    intercept -= stepIntercept
    if (Math.abs(stepSlope) + Math.abs(stepIntercept) < TOLERANCE) break
  }
  return { slope, intercept }
}

/** Applies a fitted Platt scaling to a raw score. */
export function applyPlatt(scaling: PlattScaling, score: number): number {
  return sigmoid(scaling.slope * score + scaling.intercept)
}
