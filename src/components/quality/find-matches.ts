import { lowerBound } from '../../doc/span.ts'
import { extendMatch } from './extend-match.ts'
import { holdsParagraph, type IndexedWords } from './index-words.ts'

/** Two occurrences of one passage, in word indexes: [earlierStart, earlierEnd) is repeated as [laterStart, laterEnd). */
export interface Match {
  earlierStart: number
  earlierEnd: number
  laterStart: number
  laterEnd: number
  /** Words aligned with an identical word in the other occurrence. */
  identicalWords: number
}

/** A stretch of identical words on one diagonal: words [earlierStart, earlierEnd) equal the words `offset` later. */
interface Segment {
  readonly earlierStart: number
  earlierEnd: number
  readonly offset: number
  isUsed: boolean
}

/** Words in a seed: shorter identical runs ("de la Russie et") recur in any article. */
export const NGRAM_WORDS = 5
// A five-word sequence seen more often than this is boilerplate (a signature, a menu, a refrain),
// and pairing all its occurrences would be quadratic.
const MAX_NGRAM_OCCURRENCES = 20
// See pairOccurrences.
const PREVIOUS_OCCURRENCES_PAIRED = 2
// Seeds on one diagonal overlap when a five-word sequence in between was skipped as boilerplate.
const MAX_OVERLAP_WORDS = NGRAM_WORDS - 1
// Up to three words may differ between two stretches of one repeat: substitutions, insertions, deletions.
const SMALL_GAP_WORDS = 3
// A second machine translation rewords whole phrases ("qui affirme avoir pris part à la préparation" /
// "qui dit qu’il a aidé à préparer"), and a quote in the lead adds words to the tweet it quotes
// ("…un détail”, mais il reste que ”dans la capitale, le sujet fait désormais la une"): a longer gap
// is bridged when both sides are long verbatim stretches.
const TRANSLATION_GAP_WORDS = 15
const TRANSLATION_ANCHOR_WORDS = 8
// Packed pair keys hold two word indexes in the 53 bits of a double.
const MAX_POSITION_BITS = 26

/** Finds every passage repeated inside the text, verbatim or with a few words changed. */
export function findMatches(words: IndexedWords): Match[] {
  const segments = diagonalSegments(seedPairs(words.ids))
  return chainSegments(segments, words).map((match) => extendMatch(match, words))
}

interface SeedPairs {
  /** Sorted keys offset × scale + earlier position: pairs of equal five-word sequences, grouped by diagonal. */
  readonly keys: Float64Array
  readonly scale: number
}

function seedPairs(ids: Int32Array): SeedPairs {
  const count = Math.min(ids.length - NGRAM_WORDS + 1, 2 ** MAX_POSITION_BITS - 1)
  if (count < 2) return { keys: new Float64Array(0), scale: 1 }
  const scale = 2 ** Math.ceil(Math.log2(count + 1))
  const hashLimit = Math.min(2 ** 32, 2 ** 53 / scale)
  // Sorting hash × scale + position groups equal sequences without a Map of millions of arrays.
  const byHash = new Float64Array(count)
  for (let position = 0; position < count; position++) {
    byHash[position] = (ngramHash(ids, position) % hashLimit) * scale + position
  }
  byHash.sort()
  const pairs: number[] = []
  for (let first = 0; first < count; ) {
    const hash = Math.floor(byHash[first]! / scale)
    let last = first + 1
    while (last < count && Math.floor(byHash[last]! / scale) === hash) last++
    if (last - first > 1 && last - first <= MAX_NGRAM_OCCURRENCES)
      pairOccurrences(byHash, first, last, scale, ids, pairs)
    first = last
  }
  const keys = Float64Array.from(pairs)
  keys.sort()
  return { keys, scale }
}

// Each occurrence is paired with the first one and the few before it, not with all of them: a text
// where every sequence occurs 20 times would otherwise make 190 pairs per word. Copies of a passage
// still end up in one finding, since groupRepeats joins A→B and B→C.
function pairOccurrences(
  byHash: Float64Array,
  first: number,
  last: number,
  scale: number,
  ids: Int32Array,
  pairs: number[],
): void {
  const pair = (earlierIndex: number, laterIndex: number) => {
    const earlier = byHash[earlierIndex]! % scale
    const later = byHash[laterIndex]! % scale
    if (isSameNgram(ids, earlier, later)) pairs.push((later - earlier) * scale + earlier)
  }
  for (let laterIndex = first + 1; laterIndex < last; laterIndex++) {
    pair(first, laterIndex)
    const nearest = Math.max(first + 1, laterIndex - PREVIOUS_OCCURRENCES_PAIRED)
    for (let earlierIndex = nearest; earlierIndex < laterIndex; earlierIndex++)
      pair(earlierIndex, laterIndex)
  }
}

function ngramHash(ids: Int32Array, position: number): number {
  let hash = 0x811c9dc5
  for (let index = position; index < position + NGRAM_WORDS; index++) {
    hash = Math.imul(hash ^ ids[index]!, 0x9e3779b1)
    hash ^= hash >>> 15
  }
  return hash >>> 0
}

// Hashes collide; equal hashes are checked word by word.
function isSameNgram(ids: Int32Array, earlier: number, later: number): boolean {
  for (let index = 0; index < NGRAM_WORDS; index++) {
    if (ids[earlier + index] !== ids[later + index]) return false
  }
  return true
}

function diagonalSegments({ keys, scale }: SeedPairs): Segment[] {
  const segments: Segment[] = []
  let current: Segment | null = null
  let lastPosition = -2
  for (const key of keys) {
    const offset = Math.floor(key / scale)
    const position = key - offset * scale
    if (current !== null && current.offset === offset && position === lastPosition + 1) {
      current.earlierEnd = position + NGRAM_WORDS
    } else {
      current = {
        earlierStart: position,
        earlierEnd: position + NGRAM_WORDS,
        offset,
        isUsed: false,
      }
      segments.push(current)
    }
    lastPosition = position
  }
  return segments.sort((a, b) => a.earlierStart - b.earlierStart || a.offset - b.offset)
}

// Segments are visited in text order, so a segment that continues a chain is always claimed by it.
function chainSegments(segments: Segment[], words: IndexedWords): Match[] {
  const starts = Int32Array.from(segments, (segment) => segment.earlierStart)
  const matches: Match[] = []
  for (const segment of segments) {
    if (segment.isUsed) continue
    segment.isUsed = true
    const chain: Match = {
      earlierStart: segment.earlierStart,
      earlierEnd: segment.earlierEnd,
      laterStart: segment.earlierStart + segment.offset,
      laterEnd: segment.earlierEnd + segment.offset,
      identicalWords: segment.earlierEnd - segment.earlierStart,
    }
    for (let next = findSuccessor(chain, segments, starts, words); next; ) {
      next.isUsed = true
      appendSegment(chain, next, words.ids)
      next = findSuccessor(chain, segments, starts, words)
    }
    matches.push(chain)
  }
  return matches
}

/** The segment that best continues the chain after a small gap or an inserted or deleted word. */
function findSuccessor(
  chain: Match,
  segments: readonly Segment[],
  starts: Int32Array,
  words: IndexedWords,
): Segment | undefined {
  let best: Segment | undefined
  let bestCost = Number.POSITIVE_INFINITY
  const maxStart = chain.earlierEnd + TRANSLATION_GAP_WORDS
  for (
    let index = lowerBound(starts, chain.earlierEnd - MAX_OVERLAP_WORDS);
    index < segments.length;
    index++
  ) {
    const candidate = segments[index]!
    if (candidate.earlierStart > maxStart) break
    if (candidate.isUsed || candidate.earlierStart <= chain.earlierStart) continue
    const laterStart = candidate.earlierStart + candidate.offset
    if (laterStart <= chain.laterStart) continue
    const gap = gapTo(chain, candidate)
    if (gap === null) continue
    const widest = Math.max(gap.earlier, gap.later)
    const isAnchored =
      chain.identicalWords >= TRANSLATION_ANCHOR_WORDS &&
      candidate.earlierEnd - candidate.earlierStart - gap.trim >= TRANSLATION_ANCHOR_WORDS
    if (widest > (isAnchored ? TRANSLATION_GAP_WORDS : SMALL_GAP_WORDS)) continue
    if (holdsParagraph(words, chain.earlierEnd, candidate.earlierStart + gap.trim)) continue
    if (holdsParagraph(words, chain.laterEnd, laterStart + gap.trim)) continue
    const cost = 2 * Math.abs(gap.earlier - gap.later) + widest
    if (cost < bestCost) {
      best = candidate
      bestCost = cost
    }
  }
  return best
}

interface Gap {
  /** Words dropped from the start of the segment because the chain already covers them. */
  readonly trim: number
  readonly earlier: number
  readonly later: number
}

// Null when the segment adds nothing beyond the chain's end.
function gapTo(chain: Match, segment: Segment): Gap | null {
  const laterStart = segment.earlierStart + segment.offset
  const trim = Math.max(0, chain.earlierEnd - segment.earlierStart, chain.laterEnd - laterStart)
  if (segment.earlierStart + trim >= segment.earlierEnd) return null
  return {
    trim,
    earlier: segment.earlierStart + trim - chain.earlierEnd,
    later: laterStart + trim - chain.laterEnd,
  }
}

function appendSegment(chain: Match, segment: Segment, ids: Int32Array): void {
  const gap = gapTo(chain, segment)!
  const earlierFrom = segment.earlierStart + gap.trim
  const laterFrom = earlierFrom + segment.offset
  chain.identicalWords +=
    commonWords(ids, chain.earlierEnd, earlierFrom, chain.laterEnd, laterFrom) +
    segment.earlierEnd -
    earlierFrom
  chain.earlierEnd = segment.earlierEnd
  chain.laterEnd = segment.earlierEnd + segment.offset
}

/** Length of the longest common subsequence of two short word ranges (the words inside a gap). */
function commonWords(
  ids: Int32Array,
  earlierStart: number,
  earlierEnd: number,
  laterStart: number,
  laterEnd: number,
): number {
  const width = laterEnd - laterStart + 1
  let previous = new Int32Array(width)
  let current = new Int32Array(width)
  for (let earlier = earlierStart; earlier < earlierEnd; earlier++) {
    for (let later = laterStart; later < laterEnd; later++) {
      const column = later - laterStart + 1
      current[column] =
        ids[earlier] === ids[later]
          ? previous[column - 1]! + 1
          : Math.max(previous[column]!, current[column - 1]!)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[width - 1]!
}
