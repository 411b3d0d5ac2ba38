import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  baselineCounts,
  baselineProbabilities,
  decideBaseline,
  trainNarrativeBaseline,
} from '../../../learn/semeval2025/narrative-baseline.ts'
import { loadNarrativeModel } from '../../../learn/semeval2025/narrative-model-file.ts'
import {
  formatNarrativePredictions,
  formatRolePredictions,
  predictNarratives,
  predictRole,
} from '../../../learn/semeval2025/predict-semeval2025.ts'
import {
  type NarrativeLabels,
  readSemeval2025,
} from '../../../learn/semeval2025/read-semeval2025.ts'
import { readTrainingDocuments } from '../../../learn/semeval2025/read-training-data.ts'
import { loadRoleModel } from '../../../learn/semeval2025/role-model-file.ts'
import { scoreNarratives } from '../../../learn/semeval2025/score-narratives.ts'
import { scoreRoles } from '../../../learn/semeval2025/score-roles.ts'
import {
  languageDir,
  SEMEVAL2025_LANGUAGES,
  TRAIN_DIR,
} from '../../../learn/semeval2025/shared-data.ts'
import { majorityRole } from '../../../learn/semeval2025/train-role-model.ts'
import { CliError } from '../../cli-error.ts'
import type { Command } from '../../command.ts'

const HELP = `Usage: narrascope eval semeval2025 --subtask 1|2 --lang EN --data DIR [options]

Scores Narrascope on SemEval-2025 Task 10 with the official metrics and prints them as JSON:
subtask 1 (entity roles): exact-match ratio on fine roles (also micro P/R/F1 and main-role accuracy);
subtask 2 (narratives): samples-F1 on narratives and on sub-narratives (mean and standard deviation).
DIR is a split root (holding EN/, BG/, …) or one language's folder, in the training layout (raw-documents/ and
subtask-N-annotations.txt) or the evaluation layout (subtask-N-documents/, subtask-1-entity-mentions.txt, with
gold in subtask-N-annotations.txt when it is known).

Options:
  --model shipped|baseline|both   what to score (default both): the shipped models in models/, and the baseline
                                  (subtask 2: tf-idf + one-vs-rest logistic regression trained on --train;
                                  subtask 1: the most frequent set of roles in --train for the language)
  --train DIR                     training split for the baseline (default ../shared/data/semeval2025-task10/train)
  --predictions FILE              also write the shipped model's predictions in the official format
  -h, --help                      this help

Exit code: 0 on success, 2 on bad usage or unreadable input.`

const MODELS = ['shipped', 'baseline', 'both'] as const

/** \`narrascope eval semeval2025\`: official SemEval-2025 Task 10 scores of the shipped models and the baseline. */
export async function evalSemeval2025Command(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      subtask: { type: 'string' },
      lang: { type: 'string' },
      data: { type: 'string' },
      model: { type: 'string', default: 'both' },
      train: { type: 'string', default: TRAIN_DIR },
      predictions: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  const subtask = values.subtask
  if (subtask !== '1' && subtask !== '2') throw new CliError(`--subtask must be 1 or 2\n\n${HELP}`)
  const lang = values.lang?.toUpperCase()
  if (!lang) throw new CliError(`--lang is required (${SEMEVAL2025_LANGUAGES.join(', ')})`)
  if (!values.data) throw new CliError('--data DIR is required')
  if (!existsSync(values.data)) throw new CliError(`no such folder: ${values.data}`)
  const model = values.model as (typeof MODELS)[number]
  if (!MODELS.includes(model)) throw new CliError(`--model must be one of ${MODELS.join(', ')}`)
  const dir = languageDir(values.data, lang)
  let split: ReturnType<typeof readSemeval2025>
  try {
    split = readSemeval2025(dir, lang)
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error))
  }
  const options = { model, train: values.train, predictions: values.predictions ?? null }
  const report =
    subtask === '2' ? evaluateNarratives(split, options) : evaluateRoles(split, options)
  process.stdout.write(
    `${JSON.stringify({ task: 'semeval2025', lang, data: dir, ...report }, null, 2)}\n`,
  )
  return 0
}

interface EvaluationOptions {
  readonly model: (typeof MODELS)[number]
  readonly train: string
  readonly predictions: string | null
}

function evaluateNarratives(
  split: ReturnType<typeof readSemeval2025>,
  options: EvaluationOptions,
): Record<string, unknown> {
  const gold = split.narrativeLabels
  const documents = [...split.narrativeDocuments.values()]
  const report: Record<string, unknown> = {
    subtask: 2,
    metric: 'samples-F1',
    documents: documents.length,
    warnings: overlapWarnings(
      options.train,
      split.lang,
      documents.map((document) => document.id),
    ),
  }
  if (options.model !== 'baseline' || options.predictions) {
    const shipped = loadNarrativeModel()
    const predicted = new Map<string, NarrativeLabels>(
      documents.map((document) => [document.id, predictNarratives(shipped, document)]),
    )
    if (options.predictions)
      writeFileSync(options.predictions, formatNarrativePredictions(predicted))
    if (options.model !== 'baseline')
      report.shipped = gold ? scoreNarratives(gold, predicted) : null
  }
  if (options.model !== 'shipped') {
    const training = readTrainingDocuments(options.train)
    const baseline = trainNarrativeBaseline(training)
    const predicted = new Map<string, NarrativeLabels>(
      documents.map((document) => [
        document.id,
        decideBaseline(
          baseline.labels,
          baselineProbabilities(baseline, baselineCounts(document.text)),
          baseline.threshold,
        ),
      ]),
    )
    report.baseline = gold ? scoreNarratives(gold, predicted) : null
  }
  if (!gold) report.note = 'no subtask-2-annotations.txt in the folder: nothing to score against'
  return report
}

function evaluateRoles(
  split: ReturnType<typeof readSemeval2025>,
  options: EvaluationOptions,
): Record<string, unknown> {
  const mentions = split.mentions
  const report: Record<string, unknown> = {
    subtask: 1,
    metric: 'exact-match ratio on fine roles',
    mentions: mentions.length,
    warnings: overlapWarnings(options.train, split.lang, [...split.roleDocuments.keys()]),
  }
  if (options.model !== 'baseline' || options.predictions) {
    const shipped = loadRoleModel()
    const predicted = mentions.map((mention) =>
      predictRole(shipped, split.roleDocuments.get(mention.doc)!.text, mention, split.lang),
    )
    if (options.predictions)
      writeFileSync(options.predictions, formatRolePredictions(mentions, predicted))
    if (options.model !== 'baseline')
      report.shipped = split.hasRoleLabels ? scoreRoles(mentions, predicted) : null
  }
  if (options.model !== 'shipped') {
    const trainDir = languageDir(options.train, split.lang)
    const majority = majorityRole(readSemeval2025(trainDir, split.lang).mentions)
    if (!majority) throw new CliError(`no labelled mentions for ${split.lang} in ${trainDir}`)
    report.baseline = split.hasRoleLabels
      ? {
          ...scoreRoles(
            mentions,
            mentions.map(() => majority),
          ),
          answer: majority,
        }
      : null
  }
  if (!split.hasRoleLabels)
    report.note = 'no subtask-1-annotations.txt with roles in the folder: nothing to score against'
  return report
}

// Scores on documents the models were trained on say nothing about new documents: say so in the output.
function overlapWarnings(train: string, lang: string, ids: readonly string[]): string[] {
  const trained = join(languageDir(train, lang), 'raw-documents')
  if (!existsSync(trained)) return []
  const seen = ids.filter((id) => existsSync(join(trained, id)))
  return seen.length === 0
    ? []
    : [
        `${seen.length} of ${ids.length} documents are in the training data (${trained}): the shipped models and the baseline were trained on them; use the cross-validated scores in docs/models/semeval2025-cv.md`,
      ]
}

/** The `narrascope eval semeval2025` entry of the benchmark table. */
export const semeval2025Evaluation: Command = {
  summary: 'SemEval-2025 Task 10: entity roles (subtask 1), narratives (subtask 2)',
  run: evalSemeval2025Command,
}
