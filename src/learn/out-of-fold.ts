/** Which fold each item belongs to, and how many folds there are. */
export interface FoldPlan {
  readonly folds: Int32Array
  readonly foldCount: number
}

/** The indexes of the items outside fold `fold` (train) and inside it (held). */
export function foldIndexes(plan: FoldPlan, fold: number): { train: number[]; held: number[] } {
  const train: number[] = []
  const held: number[] = []
  plan.folds.forEach((itemFold, index) => {
    ;(itemFold === fold ? held : train).push(index)
  })
  return { train, held }
}

/**
 * Out-of-fold scores: for each fold, `fitAndScore` trains on the other folds and returns `width` numbers per
 * held-out item, row-major; the rows land at the items' places.
 */
export function outOfFold(
  plan: FoldPlan,
  width: number,
  fitAndScore: (train: number[], held: number[], fold: number) => Float64Array,
): Float64Array {
  const scores = new Float64Array(plan.folds.length * width)
  for (let fold = 0; fold < plan.foldCount; fold++) {
    const { train, held } = foldIndexes(plan, fold)
    if (held.length === 0) continue
    const rows = fitAndScore(train, held, fold)
    held.forEach((index, row) => {
      scores.set(rows.subarray(row * width, (row + 1) * width), index * width)
    })
  }
  return scores
}

/** The rows of `matrix` (row-major, `width` wide) at `indexes`. */
export function selectRows(matrix: ArrayLike<number>, width: number, indexes: readonly number[]) {
  const selected = new Float64Array(indexes.length * width)
  indexes.forEach((index, row) => {
    for (let column = 0; column < width; column++)
      selected[row * width + column] = matrix[index * width + column]!
  })
  return selected
}

/** The rows of a 0/1 matrix at `indexes`. */
export function selectTargetRows(targets: Uint8Array, width: number, indexes: readonly number[]) {
  const selected = new Uint8Array(indexes.length * width)
  indexes.forEach((index, row) => {
    selected.set(targets.subarray(index * width, (index + 1) * width), row * width)
  })
  return selected
}
