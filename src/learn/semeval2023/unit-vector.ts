import { SparseCounter } from '../sparse-counter.ts'
import type { SparseVector } from '../sparse-vector.ts'
import { fitIdf, type Idf } from '../tfidf.ts'
import type { ScoringScratch } from '../wasm/wasm-linear-scorer.ts'
import type { FeatureConfig, FeatureLayout } from './feature-config.ts'
import type { LiveUnit, UnitCounts } from './scan-article.ts'

/** IDF of the word and character blocks, fitted on training units. */
export interface BlockIdf {
  readonly words: Idf
  readonly chars: Idf | null
}

/** Fits the IDF of each hashed block on the given units. */
export function fitBlockIdf(units: readonly UnitCounts[], config: FeatureConfig): BlockIdf {
  return {
    words: fitIdf(
      units.map((unit) => unit.words),
      2 ** config.wordBits,
    ),
    chars:
      config.charBits > 0
        ? fitIdf(
            units.map((unit) => unit.chars),
            2 ** config.charBits,
          )
        : null,
  }
}

// 1 + ln(tf) for the small integer counts that almost every feature has; Math.log costs more than the lookup.
const SUBLINEAR_TABLE = Float64Array.from({ length: 64 }, (_, count) =>
  count === 0 ? 0 : 1 + Math.log(count),
)

function sublinear(count: number): number {
  // An integer index (`| 0`): a count read from a Float32Array is a double, and indexing with one is slow.
  const small = count | 0
  return small === count && small < 64 ? SUBLINEAR_TABLE[small]! : 1 + Math.log(count)
}

// The idf table of a block without byte codes (never read: its loops take the other branches).
const ONE = Float32Array.of(1)

/** A unit's counts, lasting (UnitCounts) or live in the scanner's counters (LiveUnit). */
type UnitInput = UnitCounts | LiveUnit
type BlockInput = SparseVector | SparseCounter | null

/**
 * The model's input for one unit: word and character blocks weighted by tf-idf (sublinear tf), cues by sublinear
 * counts, each block scaled to unit length and then by its block weight; style values times their weight.
 */
export function unitVector(
  counts: UnitInput,
  idf: BlockIdf,
  config: FeatureConfig,
  layout: FeatureLayout,
): SparseVector {
  const size = unitSize(counts, idf, config)
  const out: SparseVector = { indices: new Int32Array(size), values: new Float32Array(size) }
  writeUnit(counts, idf, config, layout, out)
  return out
}

/**
 * Writes the unit vector of `counts` into `scratch` and returns it, or, when it does not fit, into new arrays
 * that it returns; the same values as unitVector. For vectors that are scored at once and not kept (inference).
 */
export function writeUnitVector(
  counts: UnitInput,
  idf: BlockIdf,
  config: FeatureConfig,
  layout: FeatureLayout,
  scratch: ScoringScratch,
): ScoringScratch {
  const size = unitSize(counts, idf, config)
  const target =
    scratch.indices.length >= size
      ? scratch
      : { indices: new Int32Array(size), values: new Float32Array(size), length: 0 }
  target.length = writeUnit(counts, idf, config, layout, target)
  return target
}

function blockSize(block: BlockInput): number {
  if (!block) return 0
  return block instanceof SparseCounter ? block.size : block.indices.length
}

function unitSize(counts: UnitInput, idf: BlockIdf, config: FeatureConfig): number {
  return (
    blockSize(counts.words) +
    (idf.chars ? blockSize(counts.chars) : 0) +
    (config.cues ? blockSize(counts.cues) : 0) +
    (config.style ? counts.style.length : 0)
  )
}

function writeUnit(
  counts: UnitInput,
  idf: BlockIdf,
  config: FeatureConfig,
  layout: FeatureLayout,
  out: SparseVector,
): number {
  const { blockWeights } = config
  let position = 0
  position = putBlock(counts.words, layout.wordOffset, blockWeights.words, idf.words, out, position)
  if (idf.chars)
    position = putBlock(
      counts.chars,
      layout.charOffset,
      blockWeights.chars,
      idf.chars,
      out,
      position,
    )
  if (config.cues)
    position = putBlock(counts.cues, layout.cueOffset, blockWeights.cues, null, out, position)
  const styleCount = config.style ? counts.style.length : 0
  for (let index = 0; index < styleCount; index++) {
    out.indices[position] = layout.styleOffset + index
    out.values[position++] = counts.style[index]! * blockWeights.style
  }
  return position
}

/** Writes one block, tf-idf weighted and scaled to length `weight`, into `out` from `position`; returns the end. */
function putBlock(
  block: BlockInput,
  offset: number,
  weight: number,
  idf: Idf | null,
  out: SparseVector,
  position: number,
): number {
  if (!block) return position
  const { indices, values } = out
  const first = position
  // One of three idf forms: byte codes into a table (shipped models), float weights (training), none (cues).
  // Plain branches in the loops, not a closure: the loops stay small enough to be optimised whole.
  const bytes = idf?.codes?.bytes ?? null
  const table = idf?.codes?.table ?? ONE
  const idfWeights = bytes ? null : (idf?.weights ?? null)
  let squares = 0
  // A live counter is read by feature index, a lasting vector by position: the same counts in the same order.
  // Two loops, so that each stays monomorphic.
  if (block instanceof SparseCounter) {
    const { counts } = block
    const touched = block.indices
    for (let entry = 0; entry < block.size; entry++) {
      const index = touched[entry]!
      const weightOfIdf =
        bytes !== null ? table[bytes[index]!]! : idfWeights !== null ? idfWeights[index]! : 1
      const value = sublinear(counts[index]!) * weightOfIdf
      indices[position] = index + offset
      values[position++] = value
      squares += value * value
    }
  } else {
    const blockIndices = block.indices
    const blockValues = block.values
    for (let entry = 0; entry < blockIndices.length; entry++) {
      const index = blockIndices[entry]!
      const weightOfIdf =
        bytes !== null ? table[bytes[index]!]! : idfWeights !== null ? idfWeights[index]! : 1
      const value = sublinear(blockValues[entry]!) * weightOfIdf
      indices[position] = index + offset
      values[position++] = value
      squares += value * value
    }
  }
  const scale = squares > 0 ? weight / Math.sqrt(squares) : 0
  for (let entry = first; entry < position; entry++) values[entry]! *= scale
  return position
}
