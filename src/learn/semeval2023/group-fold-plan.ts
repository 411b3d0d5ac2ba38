import { groupFold } from '../group-folds.ts'
import type { FoldPlan } from '../out-of-fold.ts'
import type { TaskExample } from './task-examples.ts'

/** Article-grouped folds, fixed by `seed` (see groupFold). */
export function groupFoldPlan(
  examples: readonly TaskExample[],
  foldCount: number,
  seed: number,
): FoldPlan {
  return {
    folds: Int32Array.from(examples, (example) => groupFold(example.group, foldCount, seed)),
    foldCount,
  }
}
