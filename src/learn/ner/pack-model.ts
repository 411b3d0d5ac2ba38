import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { toLexicon } from './build-lexicon.ts'
import { type CompiledTagger, compileTagger } from './compiled-tagger.ts'
import type { NerModelFile } from './ner-model-file.ts'
import { quantizeWeights } from './quantize-weights.ts'
import type { TaggerWeights } from './tagger-weights.ts'

/** How to shrink a trained tagger into an artefact. */
export interface PackOptions {
  readonly lang: string
  /** Rows whose largest absolute weight is below this are dropped: rare features that barely moved. */
  readonly minWeight: number
  readonly temperature: number
  readonly lexicon: Readonly<Record<string, readonly string[]>>
  readonly training: Readonly<Record<string, unknown>>
}

// Transitions are few and sensitive: keep them to four decimals instead of quantising.
const TRANSITION_DECIMALS = 1e4
// Zlib's best compression; deterministic for a given Node version, so retraining gives the same bytes.
const DEFLATE_LEVEL = 9

/** Prunes, quantises and packs trained weights into the JSON artefact. */
export function packModel(trained: TaggerWeights, options: PackOptions): NerModelFile {
  const tagCount = trained.tags.length
  const kept: number[] = []
  for (let row = 0; row < trained.features.length; row++) {
    let rowMax = 0
    for (let tag = 0; tag < tagCount; tag++)
      rowMax = Math.max(rowMax, Math.abs(trained.weights[row * tagCount + tag]!))
    if (rowMax >= options.minWeight) kept.push(row)
  }
  kept.sort((left, right) => trained.features[left]! - trained.features[right]!)
  const { bytes, step: weightStep } = quantizeWeights(
    kept.flatMap((row) =>
      Array.from(trained.weights.subarray(row * tagCount, (row + 1) * tagCount)),
    ),
  )
  const hashes = kept.map((row) => trained.features[row]!)
  return {
    format: 'narrascope-ner',
    version: 1,
    lang: options.lang,
    tags: trained.tags,
    weightStep,
    transitions: Array.from(trained.transitions, (value) =>
      Number.isFinite(value) ? Math.round(value * TRANSITION_DECIMALS) / TRANSITION_DECIMALS : null,
    ),
    temperature: options.temperature,
    lexicon: Object.fromEntries(
      Object.entries(options.lexicon)
        .sort(([left], [right]) => (left < right ? -1 : 1))
        .map(([name, words]) => [name, [...words].sort().join('|')]),
    ),
    features: deflateRawSync(encodeDeltas(hashes), { level: DEFLATE_LEVEL }).toString('base64'),
    weights: deflateRawSync(bytes, { level: DEFLATE_LEVEL }).toString('base64'),
    training: options.training,
  }
}

/** Unpacks an artefact into a tagger ready to run. */
export function unpackModel(file: NerModelFile): CompiledTagger {
  const features = decodeDeltas(inflateRawSync(Buffer.from(file.features, 'base64')))
  const bytes = new Int8Array(inflateRawSync(Buffer.from(file.weights, 'base64')))
  return compileTagger({
    lang: file.lang,
    tags: file.tags,
    features,
    bytes,
    weightStep: file.weightStep,
    transitions: Float32Array.from(file.transitions, (value) => value ?? Number.NEGATIVE_INFINITY),
    temperature: file.temperature,
    lexicon: toLexicon(
      Object.fromEntries(
        Object.entries(file.lexicon).map(([name, words]) => [name, words ? words.split('|') : []]),
      ),
    ),
  })
}

// Sorted hashes as gaps between neighbours, each gap in LEB128 (7 bits a byte, high bit = more to come).
function encodeDeltas(sorted: readonly number[]): Uint8Array {
  const bytes: number[] = []
  let previous = 0
  for (const value of sorted) {
    let gap = value - previous
    previous = value
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80)
      gap = Math.floor(gap / 0x80)
    }
    bytes.push(gap)
  }
  return Uint8Array.from(bytes)
}

function decodeDeltas(bytes: Uint8Array): Uint32Array {
  const values: number[] = []
  let previous = 0
  let gap = 0
  let scale = 1
  for (const byte of bytes) {
    gap += (byte & 0x7f) * scale
    if (byte & 0x80) {
      scale *= 0x80
      continue
    }
    previous += gap
    values.push(previous)
    gap = 0
    scale = 1
  }
  return Uint32Array.from(values)
}
