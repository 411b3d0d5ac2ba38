import { findCandidatePairs } from '../src/link/find-candidate-pairs.ts'
import type { Fingerprint } from '../src/link/fingerprint-document.ts'
import { countShared } from '../src/link/word-shingles.ts'

// The linker's text route: three shared sampled shingles and half of the shorter text's shingles in the longer.
const MIN_SHARED_SAMPLES = 3
const MIN_CONTAINMENT = 0.5

/** Near-duplicate pairs found by the linker's inverted index against a brute-force comparison of every pair. */
export interface NearDuplicateComparison {
  readonly documents: number
  readonly bruteForcePairs: number
  readonly bruteForceMs: number
  readonly indexPairs: number
  readonly indexMs: number
  /** Share of the brute-force near-duplicates that the index also finds (precision is 1: same rule). */
  readonly bruteForceAgreement: number
  readonly speedup: number
}

/**
 * Compares near-duplicate detection (same-language republications and excerpts, by sampled shingle containment)
 * through the capped inverted index with comparing all pairs of the same fingerprints, for issue #8.
 */
export function compareNearDuplicates(
  fingerprints: readonly Fingerprint[],
): NearDuplicateComparison {
  const bruteStarted = performance.now()
  const brute = new Set<string>()
  for (let i = 0; i < fingerprints.length; i++) {
    for (let j = i + 1; j < fingerprints.length; j++) {
      if (isNearDuplicate(fingerprints[i]!, fingerprints[j]!)) brute.add(`${i}:${j}`)
    }
  }
  const bruteForceMs = performance.now() - bruteStarted
  const indexStarted = performance.now()
  // Index positions are the fingerprints' own indexes: renumber so that a subset works as well.
  const renumbered = fingerprints.map((fingerprint, index) => ({ ...fingerprint, index }))
  const found = new Set<string>()
  for (const { a, b } of findCandidatePairs(renumbered)) {
    const [low, high] = a < b ? [a, b] : [b, a]
    if (isNearDuplicate(renumbered[low]!, renumbered[high]!)) found.add(`${low}:${high}`)
  }
  const indexMs = performance.now() - indexStarted
  let agreed = 0
  for (const pair of brute) if (found.has(pair)) agreed++
  return {
    documents: fingerprints.length,
    bruteForcePairs: brute.size,
    bruteForceMs: Math.round(bruteForceMs),
    indexPairs: found.size,
    indexMs: Math.round(indexMs),
    bruteForceAgreement: brute.size ? Math.round((agreed / brute.size) * 1000) / 1000 : 1,
    speedup: Math.round((bruteForceMs / Math.max(1, indexMs)) * 10) / 10,
  }
}

function isNearDuplicate(a: Fingerprint, b: Fingerprint): boolean {
  const shared = countShared(a.shingles, b.shingles)
  if (shared < MIN_SHARED_SAMPLES) return false
  return shared / Math.min(a.shingles.length, b.shingles.length) >= MIN_CONTAINMENT
}
