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

// Newton's full step can overshoot on scores that hardly separate the classes and run away (slopes of 1e9 on two
// narrative labels of one cross-validation fold, which then read as certain for every document above a score):
// a step that would raise the loss is halved until it does not, down to this fraction.
const MIN_STEP_FRACTION = 2 ** -30

/**
 * Fits Platt scaling by Newton's method on log loss, with Platt's smoothed targets
 * ((positives + 1) / (positives + 2) and 1 / (negatives + 2)) so that separable scores stay finite, and a
 * backtracking line search (Lin, Lin and Weng 2007) so that the loss never rises from one step to the next.
 */
export function fitPlatt(scores: ArrayLike<number>, outcomes: ArrayLike<number>): PlattScaling {
  let positives = 0
  for (let index = 0; index < outcomes.length; index++) positives += outcomes[index] ? 1 : 0
  const negatives = outcomes.length - positives
  const high = (positives + 1) / (positives + 2)
  const low = 1 / (negatives + 2)
  const targets = Float64Array.from({ length: scores.length }, (_, index) =>
    outcomes[index] ? high : low,
  )
  let slope = 1
  let intercept = 0
  let loss = smoothedLogLoss(scores, targets, slope, intercept)
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let gradientSlope = 0
    let gradientIntercept = 0
    let hessianSS = RIDGE
    let hessianSI = 0
    let hessianII = RIDGE
    for (let index = 0; index < scores.length; index++) {
      const score = scores[index]!
      const probability = sigmoid(slope * score + intercept)
      const residual = probability - targets[index]!
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
    let fraction = 1
    let nextLoss = smoothedLogLoss(scores, targets, slope - stepSlope, intercept - stepIntercept)
    while (nextLoss > loss && fraction >= MIN_STEP_FRACTION) {
      fraction /= 2
      nextLoss = smoothedLogLoss(
        scores,
        targets,
        slope - fraction * stepSlope,
        intercept - fraction * stepIntercept,
      )
    }
    if (nextLoss > loss) break
    slope -= fraction * stepSlope
    intercept -= fraction * stepIntercept
    loss = nextLoss
    if (fraction * (Math.abs(stepSlope) + Math.abs(stepIntercept)) < TOLERANCE) break
  }
  return { slope, intercept }
}

// Log loss of sigmoid(slope × score + intercept) against soft targets, computed without overflow.
function smoothedLogLoss(
  scores: ArrayLike<number>,
  targets: Float64Array,
  slope: number,
  intercept: number,
): number {
  let loss = 0
  for (let index = 0; index < scores.length; index++) {
    const logit = slope * scores[index]! + intercept
    const target = targets[index]!
    loss += target * softplus(-logit) + (1 - target) * softplus(logit)
  }
  return loss
}

// ln(1 + e^x).
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))
}

/** Applies a fitted Platt scaling to a raw score. */
export function applyPlatt(scaling: PlattScaling, score: number): number {
  return sigmoid(scaling.slope * score + scaling.intercept)
}
