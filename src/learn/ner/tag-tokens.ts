import type { Token } from '../../doc/tokenize.ts'
import { buildSequence } from './build-sequence.ts'
import { type CachedWord, type CompiledTagger, findWeights } from './compiled-tagger.ts'
import { decodeTags, tagMarginals } from './decode-tags.ts'
import { combineHashes } from './hash-feature.ts'
import {
  type FeatureSequence,
  gapFeatures,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  pairFeatures,
  positioned,
} from './sequence-features.ts'
import { wordFeatures } from './word-features.ts'

/** The tags of one sentence and each token's probability of each tag. */
export interface TaggedTokens {
  /** Tag index per token. */
  readonly path: Int32Array
  /** `marginals[i * tagCount + tag]`; empty when every token is tagged O; overwritten by the next call. */
  readonly marginals: Float64Array
  /** The summed feature weights, `emissions[i * tagCount + tag]`. */
  readonly emissions: Float32Array
}

// Word forms kept per tagger; a news corpus's vocabulary fits, and a runaway stream cannot exhaust memory.
const MAX_CACHED_WORDS = 200_000
// Vector slots per word: offset 0, then NEIGHBOUR_OFFSETS in order.
const OFFSET_SLOTS = 1 + NEIGHBOUR_OFFSETS.length

const NO_MARGINALS = new Float64Array(0)
// Marginals are read at once by the caller (findTaggedEntities): one buffer serves every sentence.
let marginalsBuffer = new Float64Array(1024)

const boundaryVectors = new WeakMap<CompiledTagger, Float32Array>()

// Gap features depend on two gap classes and a shape, of which news has a few hundred combinations: their
// summed weights are kept per tagger, keyed by a hash of the three and checked against them.
interface GapEntry {
  readonly before: number
  readonly after: number
  readonly shape: number
  readonly vector: Float32Array
}
const gapVectors = new WeakMap<CompiledTagger, Map<number, GapEntry>>()
const MAX_CACHED_GAP_VECTORS = 50_000

/** Tags tokens [first, end) of `text` as one sentence whose text ends at `limit`. */
export function tagTokens(
  tagger: CompiledTagger,
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  limit: number,
): TaggedTokens {
  const sequence = buildSequence(text, tokens, first, end, limit, (word) =>
    cachedWord(tagger, word),
  )
  const tagCount = tagger.tags.length
  const length = sequence.words.length
  const emissions = new Float32Array(length * tagCount)
  fillEmissions(tagger, sequence, sequence.words, emissions)
  const scores = { emissions, transitions: tagger.transitions, length, tagCount }
  const path = new Int32Array(length)
  decodeTags(scores, path)
  // Marginals only serve entity confidences: a sentence tagged all O (tag 0) skips forward-backward.
  const hasEntity = path.some((tag) => tag !== 0)
  if (marginalsBuffer.length < length * tagCount)
    marginalsBuffer = new Float64Array(length * tagCount * 2)
  const marginals = hasEntity
    ? tagMarginals(scores, tagger.temperature, marginalsBuffer)
    : NO_MARGINALS
  return { path, marginals, emissions }
}

// Vector slots of NEIGHBOUR_OFFSETS [-2, -1, +1, +2] after the word's own slot 0 (see vectorsOf).
const SLOT_BACK_2 = 1
const SLOT_BACK_1 = 2
const SLOT_NEXT_1 = 3
const SLOT_NEXT_2 = 4

// The hot loop of the tagger: written with explicit bounds (reading past a JS array's end is slow) and
// with the table lookup inlined.
function fillEmissions(
  tagger: CompiledTagger,
  sequence: FeatureSequence,
  words: readonly CachedWord[],
  emissions: Float32Array,
): void {
  const tagCount = tagger.tags.length
  const boundary = boundaryVectorsOf(tagger)
  const length = words.length
  const vectors: Float32Array[] = []
  for (let index = 0; index < length; index++) vectors.push(vectorsOf(tagger, words[index]!))
  const { gaps } = sequence
  const { keys, values, slotBytes, weightStep } = tagger
  const keyStride = slotBytes / 4
  const mask = tagger.slots - 1
  const gapCache = gapCacheOf(tagger)
  const pairs: number[] = []
  for (let index = 0; index < length; index++) {
    const out = index * tagCount
    const own = vectors[index]!
    const back2 = index >= 2 ? vectors[index - 2]! : boundary
    const back1 = index >= 1 ? vectors[index - 1]! : boundary
    const next1 = index + 1 < length ? vectors[index + 1]! : boundary
    const next2 = index + 2 < length ? vectors[index + 2]! : boundary
    const gap = gapVector(tagger, gapCache, gaps[index]!, gaps[index + 1]!, words[index]!.shape)
    for (let tag = 0; tag < tagCount; tag++)
      emissions[out + tag] =
        own[tag]! +
        back2[SLOT_BACK_2 * tagCount + tag]! +
        back1[SLOT_BACK_1 * tagCount + tag]! +
        next1[SLOT_NEXT_1 * tagCount + tag]! +
        next2[SLOT_NEXT_2 * tagCount + tag]! +
        gap[tag]!
    pairs.length = 0
    pairFeatures(sequence, index, pairs)
    for (let pair = 0; pair < pairs.length; pair++) {
      const hash = pairs[pair]!
      let slot = hash & mask
      while (keys[slot * keyStride] !== hash && keys[slot * keyStride] !== 0)
        slot = (slot + 1) & mask
      if (keys[slot * keyStride] === 0) continue
      const at = slot * slotBytes + 4
      for (let tag = 0; tag < tagCount; tag++)
        emissions[out + tag]! += values[at + tag]! * weightStep
    }
  }
}

function cachedWord(tagger: CompiledTagger, word: string): CachedWord {
  let cached = tagger.words.get(word)
  if (!cached) {
    if (tagger.words.size >= MAX_CACHED_WORDS) tagger.words.clear()
    const { own, near, far, folded, shape } = wordFeatures(word, tagger.lexicon)
    // One object layout for every cached word keeps property reads monomorphic in the hot loop.
    cached = { own, near, far, folded, shape, vectors: null }
    tagger.words.set(word, cached)
  }
  return cached
}

function vectorsOf(tagger: CompiledTagger, word: CachedWord): Float32Array {
  if (word.vectors) return word.vectors
  const tagCount = tagger.tags.length
  const vectors = new Float32Array(OFFSET_SLOTS * tagCount)
  for (const hash of word.own) addRow(tagger, hash, vectors, 0)
  NEIGHBOUR_OFFSETS.forEach((offset, position) => {
    for (const hash of Math.abs(offset) === 1 ? word.near : word.far)
      addRow(tagger, positioned(hash, offset), vectors, (position + 1) * tagCount)
  })
  word.vectors = vectors
  return vectors
}

function gapCacheOf(tagger: CompiledTagger): Map<number, GapEntry> {
  let cache = gapVectors.get(tagger)
  if (!cache) {
    cache = new Map()
    gapVectors.set(tagger, cache)
  }
  return cache
}

function gapVector(
  tagger: CompiledTagger,
  cache: Map<number, GapEntry>,
  before: number,
  after: number,
  shape: number,
): Float32Array {
  const key = combineHashes(combineHashes(before, after), shape)
  const entry = cache.get(key)
  if (entry && entry.before === before && entry.after === after && entry.shape === shape)
    return entry.vector
  const vector = new Float32Array(tagger.tags.length)
  const hashes: number[] = []
  gapFeatures(before, after, shape, hashes)
  for (const hash of hashes) addRow(tagger, hash, vector, 0)
  if (!entry) {
    if (cache.size >= MAX_CACHED_GAP_VECTORS) cache.clear()
    cache.set(key, { before, after, shape, vector })
  }
  return vector
}

function boundaryVectorsOf(tagger: CompiledTagger): Float32Array {
  const known = boundaryVectors.get(tagger)
  if (known) return known
  const tagCount = tagger.tags.length
  const vectors = new Float32Array(OFFSET_SLOTS * tagCount)
  const hashes: number[] = []
  NEIGHBOUR_OFFSETS.forEach((offset, position) => {
    hashes.length = 0
    neighbourFeatures(undefined, offset, hashes)
    for (const hash of hashes) addRow(tagger, hash, vectors, (position + 1) * tagCount)
  })
  boundaryVectors.set(tagger, vectors)
  return vectors
}

function addRow(tagger: CompiledTagger, hash: number, out: Float32Array, at: number): void {
  const from = findWeights(tagger, hash)
  if (from < 0) return
  const { values, weightStep } = tagger
  for (let tag = 0; tag < tagger.tags.length; tag++)
    out[at + tag]! += values[from + tag]! * weightStep
}
