import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { SEMEVAL_CARD_TEXT } from '../../../src/learn/semeval2023/card-text.ts'
import { modelCard, scoreTable } from '../../../src/learn/semeval2023/model-card.ts'
import type { SemevalTask } from '../../../src/learn/semeval2023/task-examples.ts'
import {
  type TaskTraining,
  trainSemevalTask,
} from '../../../src/learn/semeval2023/train-semeval-task.ts'

/** The SemEval-2023 Task 3 folder of the shared data, beside the repository. */
export const SEMEVAL_DATA = fileURLToPath(
  new URL('../../../../shared/data/semeval2023-task3/', import.meta.url),
)
const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url))

/**
 * Trains one task with its baseline, writes `models/<task>.json` and `models/<task>.card.md`, prints the
 * cross-validated table, and returns the training for callers that report more.
 */
export function trainAndWrite(task: SemevalTask): TaskTraining {
  const started = performance.now()
  const training = trainSemevalTask(task, SEMEVAL_DATA, {
    withBaseline: true,
    data: 'SemEval-2023 Task 3 train splits (en, fr, ge, it, po, ru)',
  })
  const json = `${JSON.stringify(training.artefact)}\n`
  writeFileSync(`${MODELS}${task}.json`, json)
  writeFileSync(
    `${MODELS}${task}.card.md`,
    modelCard(training, json, `models/${task}.json`, SEMEVAL_CARD_TEXT[task]),
  )
  console.log(scoreTable(training.scores, training.baseline, task))
  console.log(
    `${task}: models/${task}.json ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
  return training
}
