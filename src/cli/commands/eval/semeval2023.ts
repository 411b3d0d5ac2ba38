import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { evaluateSemeval2023 } from '../../../learn/semeval2023/evaluate-semeval2023.ts'
import { semevalFolder } from '../../../learn/semeval2023/semeval-languages.ts'
import { CliError } from '../../cli-error.ts'
import type { Command } from '../../command.ts'

const HELP = `Usage: narrascope eval semeval2023 --subtask 1|2|3 --lang LANG --data DIR [options]

Scores SemEval-2023 Task 3 on the official layout: DIR/LANG/<split>-articles-subtask-N/,
<split>-labels-subtask-N.txt and, for subtask 3, <split>-labels-subtask-3.template. DIR may also be
the language folder itself. Prints JSON: macro-F1 for subtask 1, micro-F1 and macro-F1 for 2 and 3,
and precision, recall and F1 per label.

Options:
  --subtask 1|2|3              1 genre, 2 frames, 3 persuasion techniques
  --lang LANG                  en fr de it pl ru (or the folder names ge, po)
  --data DIR                   the SemEval-2023 Task 3 folder
  --split dev|train            which split to score (default dev)
  --model shipped|baseline|both
                               shipped: models/*.json (default); baseline: TF-IDF + logistic regression
                               trained on the train split of every language in DIR; both: side by side
  --model-file PATH            score this artefact instead of the shipped one
  -h, --help                   this help`

const TASKS = { '1': 'genre', '2': 'frames', '3': 'techniques' } as const
const SYSTEMS = ['shipped', 'baseline', 'both'] as const
type System = (typeof SYSTEMS)[number]

/** `narrascope eval semeval2023`: official figures of the shipped models and of the baseline. */
export const semeval2023Evaluation: Command = {
  summary: 'SemEval-2023 Task 3: genre (1), frames (2), persuasion techniques (3)',
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        subtask: { type: 'string' },
        lang: { type: 'string' },
        data: { type: 'string' },
        split: { type: 'string', default: 'dev' },
        model: { type: 'string', default: 'shipped' },
        'model-file': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    const task = TASKS[(values.subtask ?? '') as keyof typeof TASKS]
    if (!task) throw new CliError(`--subtask must be 1, 2 or 3\n\n${HELP}`)
    const folder = semevalFolder(values.lang ?? '')
    if (!folder) throw new CliError(`--lang must be one of en fr de it pl ru, not "${values.lang}"`)
    if (!values.data) throw new CliError(`--data DIR is required\n\n${HELP}`)
    const split = values.split
    if (split !== 'dev' && split !== 'train')
      throw new CliError(`--split must be dev or train, not "${split}"`)
    const system = values.model as System
    if (!SYSTEMS.includes(system))
      throw new CliError(`--model must be one of ${SYSTEMS.join(', ')}, not "${values.model}"`)
    const root = resolve(values.data)
    const languageDir = existsSync(join(root, folder)) ? join(root, folder) : root
    const labelsFile = join(languageDir, `${split}-labels-subtask-${values.subtask}.txt`)
    if (!existsSync(labelsFile)) throw new CliError(`no gold labels: ${labelsFile} is missing`, 1)
    const report = evaluateSemeval2023({
      task,
      folder,
      split,
      languageDir,
      trainRoot: existsSync(join(root, folder)) ? root : resolve(languageDir, '..'),
      shipped: system !== 'baseline',
      baseline: system !== 'shipped',
      ...(values['model-file'] ? { modelFile: resolve(values['model-file']) } : {}),
    })
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    return 0
  },
}
