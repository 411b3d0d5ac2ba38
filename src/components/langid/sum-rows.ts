/** Languages summed per pass; eight scalar accumulators stay in registers, which typed-array sums do not. */
export const ROW_BLOCK = 8

/**
 * Sums the given rows of a byte matrix (row stride a multiple of eight) column by column, for `columns` columns.
 */
export function sumRows(
  rows: Int32Array,
  count: number,
  matrix: Uint8Array,
  stride: number,
  columns: number,
): Float64Array {
  const sums = new Float64Array(columns)
  for (let block = 0; block < stride; block += ROW_BLOCK) {
    let a0 = 0
    let a1 = 0
    let a2 = 0
    let a3 = 0
    let a4 = 0
    let a5 = 0
    let a6 = 0
    let a7 = 0
    for (let index = 0; index < count; index++) {
      const offset = (rows[index] ?? 0) * stride + block
      a0 += matrix[offset] ?? 0
      a1 += matrix[offset + 1] ?? 0
      a2 += matrix[offset + 2] ?? 0
      a3 += matrix[offset + 3] ?? 0
      a4 += matrix[offset + 4] ?? 0
      a5 += matrix[offset + 5] ?? 0
      a6 += matrix[offset + 6] ?? 0
      a7 += matrix[offset + 7] ?? 0
    }
    const totals = [a0, a1, a2, a3, a4, a5, a6, a7]
    for (let lane = 0; lane < ROW_BLOCK && block + lane < columns; lane++)
      sums[block + lane] = totals[lane] ?? 0
  }
  return sums
}
