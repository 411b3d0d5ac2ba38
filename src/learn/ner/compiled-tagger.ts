import type { NerLexicon, WordFeatures } from './word-features.ts'

/** A word form's features with its summed weight vectors, filled on first use. */
export interface CachedWord extends WordFeatures {
  /** Weights of the word's features at offsets 0, -2, -1, +1 and +2, one tag vector after another. */
  vectors: Float32Array | null
}

/** A tagger ready to run: feature weights in an open-addressing table, transitions and calibration. */
export interface CompiledTagger {
  readonly lang: string
  readonly tags: readonly string[]
  /**
   * The feature table: slot after slot of `slotBytes` bytes, the feature hash (0 for an empty slot) then one
   * signed byte per tag. `keys` and `values` view the same memory, so a lookup touches one cache line: the
   * table is probed for every token, and cache misses, not arithmetic, dominate tagging time.
   */
  readonly keys: Uint32Array
  readonly values: Int8Array
  readonly slotBytes: number
  /** Number of slots, a power of two. */
  readonly slots: number
  /** A stored byte times this is the weight. */
  readonly weightStep: number
  readonly transitions: Float32Array
  /** Divides scores before forward-backward so that tag marginals are calibrated on held-out data. */
  readonly temperature: number
  readonly lexicon: NerLexicon
  /** Word forms seen so far, with their features and weight vectors. */
  readonly words: Map<string, CachedWord>
}

/** Builds the lookup table of a tagger from feature hashes and quantised weights (`bytes[row * tags + tag]`). */
export function compileTagger(fields: {
  readonly lang: string
  readonly tags: readonly string[]
  readonly features: Uint32Array
  readonly bytes: Int8Array
  readonly weightStep: number
  readonly transitions: Float32Array
  readonly temperature: number
  readonly lexicon: NerLexicon
}): CompiledTagger {
  const tagCount = fields.tags.length
  // Four bytes of hash, then the weights, padded so that every hash stays 4-byte aligned.
  const slotBytes = 4 * Math.ceil((4 + tagCount) / 4)
  const keyStride = slotBytes / 4
  // A load factor of at most one half keeps linear probing short.
  let slots = 1
  while (slots < fields.features.length * 2) slots <<= 1
  const buffer = new ArrayBuffer(slots * slotBytes)
  const keys = new Uint32Array(buffer)
  const values = new Int8Array(buffer)
  const mask = slots - 1
  fields.features.forEach((hash, row) => {
    let slot = hash & mask
    while (keys[slot * keyStride] !== 0 && keys[slot * keyStride] !== hash) slot = (slot + 1) & mask
    keys[slot * keyStride] = hash
    values.set(fields.bytes.subarray(row * tagCount, (row + 1) * tagCount), slot * slotBytes + 4)
  })
  return {
    lang: fields.lang,
    tags: fields.tags,
    keys,
    values,
    slotBytes,
    slots,
    weightStep: fields.weightStep,
    transitions: fields.transitions,
    temperature: fields.temperature,
    lexicon: fields.lexicon,
    words: new Map(),
  }
}

/** Where a feature's tag weights start in `tagger.values` (bytes), or -1 when the tagger has none for it. */
export function findWeights(tagger: CompiledTagger, hash: number): number {
  const { keys, slotBytes } = tagger
  const keyStride = slotBytes / 4
  const mask = tagger.slots - 1
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const key = keys[slot * keyStride]!
    if (key === hash) return slot * slotBytes + 4
    if (key === 0) return -1
  }
}
