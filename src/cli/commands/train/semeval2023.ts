import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { SEMEVAL_CARD_TEXT } from '../../../learn/semeval2023/card-text.ts'
import { modelCard, scoreTable } from '../../../learn/semeval2023/model-card.ts'
import type { SemevalTask } from '../../../learn/semeval2023/task-examples.ts'
import { trainSemevalTask } from '../../../learn/semeval2023/train-semeval-task.ts'
import { CliError } from '../../cli-error.ts'
import type { Command } from '../../command.ts'

const MODELS_DIR = fileURLToPath(new URL('../../../../models/', import.meta.url))

const SUMMARIES: Readonly<Record<SemevalTask, string>> = {
  techniques: 'persuasion techniques per paragraph (SemEval-2023 Task 3, subtask 3)',
  frames: 'framing dimensions of the article (SemEval-2023 Task 3, subtask 2)',
  genre: 'opinion, reporting or satire (SemEval-2023 Task 3, subtask 1)',
}

/** `narrascope train <task>` for one SemEval-2023 Task 3 model: artefact and model card. */
export function semeval2023Training(task: SemevalTask): Command {
  const help = `Usage: narrascope train ${task} --data DIR [--out PATH] [--baseline]

Retrains the ${SUMMARIES[task]} model from the SemEval-2023 Task 3 folder DIR (en/ fr/ ge/ it/ po/ ru/,
each with its train-* files; the languages present are used) and writes the artefact and its model card
(PATH with .card.md). Cross-validates on five article-grouped folds first. Deterministic: the same data give
the same bytes.

Options:
  --data DIR     the SemEval-2023 Task 3 folder (required)
  --out PATH     the artefact (default models/${task}.json)
  --baseline     also cross-validate the TF-IDF + logistic regression baseline for the card (slower)
  -h, --help     this help`
  return {
    summary: SUMMARIES[task],
    async run(argv: string[]): Promise<number> {
      const { values } = parseArgs({
        args: argv,
        options: {
          data: { type: 'string' },
          out: { type: 'string' },
          baseline: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
      })
      if (values.help) {
        process.stdout.write(`${help}\n`)
        return 0
      }
      if (!values.data) throw new CliError(`--data DIR is required\n\n${help}`)
      const out = resolve(values.out ?? `${MODELS_DIR}${task}.json`)
      const training = trainSemevalTask(task, resolve(values.data), {
        withBaseline: values.baseline,
        data: 'SemEval-2023 Task 3 train splits',
      })
      const json = `${JSON.stringify(training.artefact)}\n`
      mkdirSync(dirname(out), { recursive: true })
      writeFileSync(out, json)
      const card = out.endsWith('.json') ? out.replace(/\.json$/u, '.card.md') : `${out}.card.md`
      writeFileSync(card, modelCard(training, json, `models/${task}.json`, SEMEVAL_CARD_TEXT[task]))
      process.stdout.write(`${scoreTable(training.scores, training.baseline, task)}\n`)
      process.stderr.write(`narrascope train ${task}: wrote ${out} and ${card}\n`)
      return 0
    },
  }
}
