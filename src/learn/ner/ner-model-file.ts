/** The JSON artefact of a named-entity tagger (models/ner-LANG.json), as written by packModel. */
export interface NerModelFile {
  readonly format: 'narrascope-ner'
  readonly version: 1
  readonly lang: string
  readonly tags: readonly string[]
  /** Dequantised weight = stored byte × weightStep. */
  readonly weightStep: number
  /** Tag-to-tag scores; null where BIO forbids the transition (JSON has no -Infinity). */
  readonly transitions: readonly (number | null)[]
  readonly temperature: number
  /** Word lists by feature name, each "word|word|…" of folded words. */
  readonly lexicon: Readonly<Record<string, string>>
  /** Sorted feature hashes as base64 of raw-deflated LEB128 deltas. */
  readonly features: string
  /** Quantised weights (signed bytes, row after row) as base64 of raw-deflated bytes. */
  readonly weights: string
  /** What the model was trained on and how well it did, for people reading the file. */
  readonly training: Readonly<Record<string, unknown>>
}
