import { inflateRawSync } from 'node:zlib'
import type { PackedMatrix } from '../pack-weights.ts'

/**
 * Restores a matrix packed by packMatrix (../pack-weights.ts) as row-major floats, reading only the inflated bytes:
 * zlib may hand back a view on a larger buffer, whose spare bytes must not be taken for weights.
 */
export function unpackWeights(packed: PackedMatrix): Float32Array {
  const { rows, columns, scales } = packed
  const inflated = inflateRawSync(Buffer.from(packed.data, 'base64'))
  const bytes = new Int8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength)
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
