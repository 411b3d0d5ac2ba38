import { MAX_OCCURRENCES } from './align-anchors.ts'
import type { AnchorStatistics } from './anchor-statistics.ts'
import type { Fingerprint } from './fingerprint-document.ts'

/** A document's anchor weights in this corpus: all of them, and only those another language also has. */
export interface AnchorWeights {
  readonly all: Float64Array
  readonly crossLingual: Float64Array
  readonly totalAll: number
  readonly totalCrossLingual: number
}

/** Weighs each anchor of a document by its kind and rarity, once, for every pair it takes part in. */
export function weighAnchors(
  fingerprint: Fingerprint,
  statistics: AnchorStatistics,
): AnchorWeights {
  const all = new Float64Array(fingerprint.anchors.length)
  const crossLingual = new Float64Array(fingerprint.anchors.length)
  let totalAll = 0
  let totalCrossLingual = 0
  fingerprint.anchors.forEach((anchor, index) => {
    // Anchors too frequent to align count for nothing, in the totals too, or long texts could never cover.
    const isAlignable = (fingerprint.positions.get(anchor.key)?.length ?? 0) <= MAX_OCCURRENCES
    const weight = isAlignable ? statistics.weight(anchor) : 0
    all[index] = weight
    totalAll += weight
    if (statistics.isCrossLingual(anchor, fingerprint.lang)) {
      crossLingual[index] = weight
      totalCrossLingual += weight
    }
  })
  return { all, crossLingual, totalAll, totalCrossLingual }
}
