import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { z } from 'zod'

/** A weight matrix quantised to one signed byte per weight, one scale per column, deflated, in base64. */
export const PackedMatrixSchema = z.object({
  rows: z.number().int().nonnegative(),
  columns: z.number().int().positive(),
  /** weight = byte × scale of its column. */
  scales: z.array(z.number().nonnegative()),
  /** Raw deflate of the bytes, column after column (pruned weights make long runs of zeros), in base64. */
  data: z.string(),
})
export type PackedMatrix = z.infer<typeof PackedMatrixSchema>

const MAX_BYTE = 127
// zlib's best compression; the output is the same bytes for the same input on every run.
const DEFLATE_LEVEL = 9

/**
 * Quantises a row-major `rows × columns` matrix to signed bytes per column scale (largest magnitude → 127), after
 * zeroing every weight whose magnitude is below `pruneBelow` times its column's largest.
 */
export function packMatrix(
  weights: Float32Array,
  rows: number,
  columns: number,
  pruneBelow = 0,
): PackedMatrix {
  const scales: number[] = []
  const bytes = new Int8Array(rows * columns)
  for (let column = 0; column < columns; column++) {
    let max = 0
    for (let row = 0; row < rows; row++)
      max = Math.max(max, Math.abs(weights[row * columns + column]!))
    const scale = max / MAX_BYTE
    scales.push(Number(scale.toPrecision(8)))
    if (scale === 0) continue
    for (let row = 0; row < rows; row++) {
      const weight = weights[row * columns + column]!
      if (Math.abs(weight) < pruneBelow * max) continue
      bytes[column * rows + row] = Math.round(weight / scale)
    }
  }
  const compressed = deflateRawSync(new Uint8Array(bytes.buffer), { level: DEFLATE_LEVEL })
  return { rows, columns, scales, data: compressed.toString('base64') }
}

/** Restores a packed matrix as row-major float weights (the layout scoring reads fastest). */
export function unpackMatrix(packed: PackedMatrix): Float32Array {
  const { rows, columns, scales } = packed
  const inflated = inflateRawSync(Buffer.from(packed.data, 'base64'))
  // A small Buffer is a view into a shared pool: read only its own bytes.
  const bytes = new Int8Array(inflated.buffer, inflated.byteOffset, inflated.length)
  if (bytes.length !== rows * columns)
    throw new Error(`packed matrix holds ${bytes.length} weights, expected ${rows} × ${columns}`)
  const weights = new Float32Array(rows * columns)
  for (let column = 0; column < columns; column++) {
    const scale = scales[column] ?? 0
    for (let row = 0; row < rows; row++)
      weights[row * columns + column] = bytes[column * rows + row]! * scale
  }
  return weights
}

/** Quantises non-negative values (idf) to bytes of `step` above `minimum`, deflated, in base64. */
export function packUnsigned(values: Float32Array, minimum: number, step: number): string {
  const bytes = new Uint8Array(values.length)
  values.forEach((value, index) => {
    bytes[index] = Math.max(0, Math.min(255, Math.round((value - minimum) / step)))
  })
  return deflateRawSync(bytes, { level: DEFLATE_LEVEL }).toString('base64')
}

/** Restores values packed by packUnsigned. */
export function unpackUnsigned(data: string, minimum: number, step: number): Float32Array {
  const { bytes, table } = unpackUnsignedCodes(data, minimum, step)
  return Float32Array.from(bytes, (byte) => table[byte]!)
}

/** Values packed by packUnsigned as their byte codes and the 256 values the codes stand for. */
export function unpackUnsignedCodes(
  data: string,
  minimum: number,
  step: number,
): { bytes: Uint8Array; table: Float32Array } {
  const bytes = new Uint8Array(inflateRawSync(Buffer.from(data, 'base64')))
  const table = Float32Array.from({ length: 256 }, (_, byte) => minimum + byte * step)
  return { bytes, table }
}
