import { ANCHOR_WEIGHTS, type Anchor } from './anchor.ts'
import type { Fingerprint } from './fingerprint-document.ts'

// Anchors found in up to this many documents keep their full weight; beyond, the weight falls with the log of
// the document frequency, so that "Kazakhstan" and the event's main dates count far less than a figure only the
// versions of one piece share.
const FREE_DOCUMENT_FREQUENCY = 3
// Name skeletons are compared on this many consonant classes when asking whether another language has them.
const MATCHABLE_CLASSES = 4

/** Corpus-wide counts that turn anchors into weights. */
export interface AnchorStatistics {
  /** The weight of an anchor in this corpus: its kind's weight, lowered when many documents have it. */
  weight(anchor: Anchor): number
  /** True when a document in another language than `lang` has the anchor: only those can show a translation. */
  isCrossLingual(anchor: Anchor, lang: string | null): boolean
}

/** Counts in how many documents, and in which languages, each anchor occurs. */
export function anchorStatistics(fingerprints: readonly Fingerprint[]): AnchorStatistics {
  const documentFrequency = new Map<string, number>()
  const languages = new Map<string, Set<string>>()
  for (const fingerprint of fingerprints) {
    const lang = fingerprint.lang ?? '?'
    const seen = new Set<string>()
    for (const anchor of fingerprint.anchors) {
      if (!seen.has(anchor.key)) {
        seen.add(anchor.key)
        documentFrequency.set(anchor.key, (documentFrequency.get(anchor.key) ?? 0) + 1)
      }
      const matchable = matchableKey(anchor)
      const set = languages.get(matchable)
      if (!set) languages.set(matchable, new Set([lang]))
      else if (set.size < 2) set.add(lang)
    }
  }
  return {
    weight(anchor) {
      const frequency = documentFrequency.get(anchor.key) ?? 1
      const rarity =
        frequency <= FREE_DOCUMENT_FREQUENCY
          ? 1
          : 1 / (1 + Math.log2(frequency / FREE_DOCUMENT_FREQUENCY))
      return ANCHOR_WEIGHTS[anchor.kind] * rarity
    },
    isCrossLingual(anchor, lang) {
      const set = languages.get(matchableKey(anchor))
      if (!set) return false
      return set.size > 1 || !set.has(lang ?? '?')
    },
  }
}

function matchableKey(anchor: Anchor): string {
  return anchor.skeleton ? `N${anchor.skeleton.slice(0, MATCHABLE_CLASSES)}` : anchor.key
}
