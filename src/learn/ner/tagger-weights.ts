/** A trained linear tagger before packing: one weight per feature and tag, and tag-to-tag transition scores. */
export interface TaggerWeights {
  readonly tags: readonly string[]
  /** The feature hash of each weight row. */
  readonly features: Uint32Array
  /** `weights[row * tags.length + tag]`. */
  readonly weights: Float32Array | Float64Array
  /** `transitions[(from + 1) * tags.length + to]`, row 0 for the sequence start; -Infinity where BIO forbids. */
  readonly transitions: Float32Array | Float64Array
}
