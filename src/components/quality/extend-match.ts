import type { Match } from './find-matches.ts'
import { holdsParagraph, type IndexedWords } from './index-words.ts'

// Past a differing word, the match goes on only if this many identical words follow it.
const EXTENSION_ANCHOR_WORDS = 3
// Seeds cover long identical runs already; extension only adds short tails.
const MAX_EXTENSION_WORDS = 20

/**
 * Extends a match past its ends: seeds stop five words short of a differing word, and this recovers
 * short identical tails ("…prises par les habitants du quartier" / "…prises par les voisins du quartier").
 */
export function extendMatch(match: Match, words: IndexedWords): Match {
  if (match.earlierEnd > match.laterStart) return match
  const wordCount = words.ids.length
  const right = alignBeyond(
    words,
    wordsAway(match.earlierEnd, 1, match.laterStart),
    wordsAway(match.laterEnd, 1, wordCount),
  )
  const earlierEnd = match.earlierEnd + right.earlierWords
  const left = alignBeyond(
    words,
    wordsAway(match.earlierStart - 1, -1, -1),
    wordsAway(match.laterStart - 1, -1, earlierEnd - 1),
  )
  return {
    earlierStart: match.earlierStart - left.earlierWords,
    earlierEnd,
    laterStart: match.laterStart - left.laterWords,
    laterEnd: match.laterEnd + right.laterWords,
    identicalWords: match.identicalWords + left.identicalWords + right.identicalWords,
  }
}

/** Word indexes from `from` moving in `direction`, stopping before `limit`. */
function wordsAway(from: number, direction: 1 | -1, limit: number): number[] {
  const indexes: number[] = []
  const wanted = MAX_EXTENSION_WORDS + EXTENSION_ANCHOR_WORDS + 1
  for (let index = from; index !== limit && indexes.length < wanted; index += direction)
    indexes.push(index)
  return indexes
}

interface Extension {
  readonly earlierWords: number
  readonly laterWords: number
  readonly identicalWords: number
}

// Substitution, extra word in the later occurrence, extra word in the earlier one.
const SKIPS: readonly (readonly [number, number])[] = [
  [1, 1],
  [0, 1],
  [1, 0],
]

// Walks two word lists away from the match's edge and returns how far they stay aligned.
function alignBeyond(words: IndexedWords, earlier: number[], later: number[]): Extension {
  const { ids } = words
  const isEqual = (onEarlier: number, onLater: number) =>
    ids[earlier[onEarlier]!] === ids[later[onLater]!]
  const isAnchored = (onEarlier: number, onLater: number) => {
    if (onEarlier + EXTENSION_ANCHOR_WORDS > earlier.length) return false
    if (onLater + EXTENSION_ANCHOR_WORDS > later.length) return false
    for (let step = 0; step < EXTENSION_ANCHOR_WORDS; step++) {
      if (!isEqual(onEarlier + step, onLater + step)) return false
    }
    return true
  }
  // A skipped word that is a whole paragraph is a separator (a handle line), not a changed word.
  const isSeparator = (index: number | undefined) =>
    index !== undefined && holdsParagraph(words, index, index + 1)
  let accepted: Extension = { earlierWords: 0, laterWords: 0, identicalWords: 0 }
  let onEarlier = 0
  let onLater = 0
  let identical = 0
  while (
    onEarlier < earlier.length &&
    onLater < later.length &&
    Math.max(onEarlier, onLater) < MAX_EXTENSION_WORDS
  ) {
    if (isEqual(onEarlier, onLater)) {
      onEarlier++
      onLater++
      identical++
      accepted = { earlierWords: onEarlier, laterWords: onLater, identicalWords: identical }
      continue
    }
    const skip = SKIPS.find(
      ([skipEarlier, skipLater]) =>
        isAnchored(onEarlier + skipEarlier, onLater + skipLater) &&
        !(skipEarlier > 0 && isSeparator(earlier[onEarlier])) &&
        !(skipLater > 0 && isSeparator(later[onLater])),
    )
    if (!skip) break
    onEarlier += skip[0]
    onLater += skip[1]
  }
  return accepted
}
