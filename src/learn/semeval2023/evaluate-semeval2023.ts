import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { baselineCounts, baselineDecisions, predictBaseline, trainBaseline } from './baseline.ts'
import { loadModel } from './compile-model.ts'
import { type EvaluationReport, evaluatePredictions } from './evaluate-predictions.ts'
import { predictExamples } from './predict-examples.ts'
import { readSemevalSplit, type SplitName } from './read-semeval-split.ts'
import { SEMEVAL_LANGUAGES, type SemevalFolder } from './semeval-languages.ts'
import { exampleText, type SemevalTask, taskExamples } from './task-examples.ts'

/** What to evaluate, and where the data are. */
export interface EvaluationOptions {
  readonly task: SemevalTask
  readonly folder: SemevalFolder
  readonly split: SplitName
  /** The language folder holding the split. */
  readonly languageDir: string
  /** The folder holding every language's train split, for the baseline. */
  readonly trainRoot: string
  readonly shipped: boolean
  readonly baseline: boolean
  /** An artefact to score instead of the shipped `models/<task>.json`. */
  readonly modelFile?: string
}

/** The JSON `narrascope eval semeval2023` prints. */
export interface SemevalEvaluation {
  readonly benchmark: 'semeval2023'
  readonly task: SemevalTask
  readonly lang: string
  readonly split: SplitName
  readonly items: number
  readonly shipped?: EvaluationReport
  readonly baseline?: EvaluationReport & { readonly trainedOn: Record<string, number> }
}

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url))

/** Scores the shipped model and/or the baseline on one language's split of SemEval-2023 Task 3. */
export function evaluateSemeval2023(options: EvaluationOptions): SemevalEvaluation {
  const { task, folder, split } = options
  const examples = taskExamples([readSemevalSplit(options.languageDir, folder, split)], task)
  const result: {
    -readonly [K in keyof SemevalEvaluation]: SemevalEvaluation[K]
  } = {
    benchmark: 'semeval2023',
    task,
    lang: SEMEVAL_LANGUAGES[folder],
    split,
    items: examples.length,
  }
  if (options.shipped) {
    const model = loadModel(options.modelFile ?? join(MODELS, `${task}.json`))
    const predicted = predictExamples(model, examples)
    result.shipped = evaluatePredictions(task, examples, predicted)
  }
  if (options.baseline) {
    const trainSplits = (Object.keys(SEMEVAL_LANGUAGES) as SemevalFolder[])
      .filter((name) => existsSync(join(options.trainRoot, name)))
      .map((name) => readSemevalSplit(join(options.trainRoot, name), name, 'train'))
    const trainExamples = taskExamples(trainSplits, task)
    if (trainExamples.length === 0)
      throw new Error(`no train split of any language under ${options.trainRoot} for the baseline`)
    const model = trainBaseline(task, trainExamples)
    const probabilities = predictBaseline(
      model,
      examples.map((example) => baselineCounts(exampleText(example))),
    )
    const trainedOn: Record<string, number> = {}
    for (const example of trainExamples)
      trainedOn[example.lang] = (trainedOn[example.lang] ?? 0) + 1
    result.baseline = {
      ...evaluatePredictions(task, examples, baselineDecisions(model, probabilities)),
      trainedOn,
    }
  }
  return result
}
