import { FrameLabelSchema, GenreSchema, TechniqueLabelSchema } from '../../contracts/annotations.ts'
import type { SemevalTask } from './task-examples.ts'

/** Every label of each task, in the order of the contract. */
export const TASK_LABELS: Readonly<Record<SemevalTask, readonly string[]>> = {
  genre: GenreSchema.shape.label.options,
  frames: FrameLabelSchema.options,
  techniques: TechniqueLabelSchema.options,
}

/** Turns label sets into a row-major 0/1 target matrix over `labels`; unknown labels are ignored. */
export function targetMatrix(
  labelSets: readonly (readonly string[])[],
  labels: readonly string[],
): Uint8Array {
  const index = new Map(labels.map((label, position) => [label, position]))
  const targets = new Uint8Array(labelSets.length * labels.length)
  labelSets.forEach((set, item) => {
    for (const label of set) {
      const position = index.get(label)
      if (position !== undefined) targets[item * labels.length + position] = 1
    }
  })
  return targets
}
