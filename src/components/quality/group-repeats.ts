import type { Match } from './find-matches.ts'
import { NGRAM_WORDS } from './find-matches.ts'
import {
  type IndexedWords,
  paragraphCoverage,
  paragraphWords,
  type WordRange,
} from './index-words.ts'

/** A passage and every later occurrence of it. */
export interface Repeat {
  /** In text order; the first is the one the others repeat. */
  readonly occurrences: WordRange[]
  /** Share of identical words between the passage and its first repeat (1 = verbatim). */
  readonly similarity: number
  /** True when a later occurrence covers most of a paragraph (a tweet or paragraph quoted twice). */
  readonly isParagraph: boolean
  readonly identicalWords: number
}

// "Covers a paragraph" allows a changed word or two at its edges.
export const PARAGRAPH_COVERAGE = 0.8
// Five identical words back to back are a slip ("nous avons mis en place un réseau de Nous avons mis
// en place un réseau de"); a few words apart or further they are often parallel phrasing ("de l’argent
// de la banque … de l’argent de la fondation") or a set phrase ("président du Conseil de sécurité").
const NEAR_WORDS = 1
const MIN_FAR_WORDS = 8
// A repeat that merely covers a one-line handle or heading is not a repeated paragraph.
const MIN_PARAGRAPH_WORDS = NGRAM_WORDS
// Spans listed per finding: a passage repeated a thousand times needs no thousand spans.
export const MAX_OCCURRENCES = 20

/** Turns pairwise matches into repeats: the longest first, each passage once with all its occurrences. */
export function groupRepeats(
  matches: readonly Match[],
  words: IndexedWords,
  maxRepeats: number,
): Repeat[] {
  const candidates = matches
    .map((match) => toRepeat(match, words))
    .filter((repeat): repeat is Repeat => repeat !== null)
    .sort(
      (a, b) =>
        b.identicalWords - a.identicalWords || a.occurrences[0]!.start - b.occurrences[0]!.start,
    )
  const accepted: Repeat[] = []
  const taken = new TakenRanges()
  for (const candidate of candidates) {
    if (accepted.length >= maxRepeats) break
    const [earlier, later] = candidate.occurrences as [WordRange, WordRange]
    const owner = candidate.occurrences.length === 2 ? taken.owner(earlier) : undefined
    if (owner !== undefined) {
      // A third copy of an accepted passage: the earlier side is one of its occurrences.
      const group = accepted[owner]!
      if (taken.overlaps(later) || group.occurrences.length >= MAX_OCCURRENCES) continue
      group.occurrences.push(later)
      group.occurrences.sort((a, b) => a.start - b.start)
      taken.add(later, owner)
      continue
    }
    if (candidate.occurrences.some((range) => taken.overlaps(range))) continue
    for (const range of candidate.occurrences) taken.add(range, accepted.length)
    accepted.push({ ...candidate, occurrences: [...candidate.occurrences] })
  }
  return accepted
}

function toRepeat(match: Match, words: IndexedWords): Repeat | null {
  const { earlierStart, earlierEnd, laterStart, laterEnd, identicalWords } = match
  if (earlierEnd > laterStart) return tandemRepeat(match, words)
  const later = { start: laterStart, end: laterEnd }
  const isParagraph = coversParagraph(words, later)
  const distance = laterStart - earlierEnd
  if (!isParagraph && identicalWords < (distance <= NEAR_WORDS ? NGRAM_WORDS : MIN_FAR_WORDS))
    return null
  const length = earlierEnd - earlierStart + laterEnd - laterStart
  return {
    occurrences: [{ start: earlierStart, end: earlierEnd }, later],
    similarity: Math.min(1, (2 * identicalWords) / length),
    isParagraph,
    identicalWords,
  }
}

// The copies overlap when a passage repeats back to back more than twice ("A A A"): the unit is the
// offset between copies. Units shorter than a seed are stutters, reported by findStutters.
function tandemRepeat(match: Match, words: IndexedWords): Repeat | null {
  const unit = match.laterStart - match.earlierStart
  if (unit < NGRAM_WORDS) return null
  const copies = Math.min(Math.floor((match.laterEnd - match.earlierStart) / unit), MAX_OCCURRENCES)
  const occurrences = Array.from({ length: copies }, (_, copy) => ({
    start: match.earlierStart + copy * unit,
    end: match.earlierStart + (copy + 1) * unit,
  }))
  return {
    occurrences,
    similarity: Math.min(1, match.identicalWords / (match.laterEnd - match.laterStart)),
    isParagraph: occurrences.slice(1).some((range) => coversParagraph(words, range)),
    identicalWords: match.identicalWords,
  }
}

/** True when the range covers most of a paragraph of at least a few words. */
export function coversParagraph(words: IndexedWords, range: WordRange): boolean {
  const first = words.paragraphOf[range.start]!
  const last = words.paragraphOf[range.end - 1]!
  for (let paragraph = Math.max(first, 0); paragraph <= last; paragraph++) {
    if (paragraphWords(words, paragraph) < MIN_PARAGRAPH_WORDS) continue
    if (paragraphCoverage(words, paragraph, range) >= PARAGRAPH_COVERAGE) return true
  }
  return false
}

/** Word ranges already reported, sorted and disjoint, each with the index of its repeat. */
class TakenRanges {
  private readonly ranges: { start: number; end: number; owner: number }[] = []

  /** The repeat owning a range that mostly coincides with `range` (half of the longer one or more). */
  owner(range: WordRange): number | undefined {
    const hit = this.ranges[this.firstEndingAfter(range.start)]
    if (!hit || hit.start >= range.end) return undefined
    const shared = Math.min(hit.end, range.end) - Math.max(hit.start, range.start)
    const longer = Math.max(hit.end - hit.start, range.end - range.start)
    return shared * 2 >= longer ? hit.owner : undefined
  }

  overlaps(range: WordRange): boolean {
    const hit = this.ranges[this.firstEndingAfter(range.start)]
    return hit !== undefined && hit.start < range.end
  }

  add(range: WordRange, owner: number): void {
    this.ranges.splice(this.firstEndingAfter(range.start), 0, { ...range, owner })
  }

  private firstEndingAfter(offset: number): number {
    let low = 0
    let high = this.ranges.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.ranges[middle]!.end <= offset) low = middle + 1
      else high = middle
    }
    return low
  }
}
