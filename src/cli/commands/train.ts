import { CliError } from '../cli-error.ts'
import type { Command } from '../command.ts'
import { nerTraining } from './train/ner.ts'
import { semeval2023Training } from './train/semeval2023.ts'

/** Every model `narrascope train` can rebuild, listed once; each is a Command of its own. */
const TASKS: Readonly<Record<string, Command>> = {
  techniques: semeval2023Training('techniques'),
  frames: semeval2023Training('frames'),
  genre: semeval2023Training('genre'),
  ner: nerTraining,
}

const HELP = `Usage: narrascope train <task> --data DIR [options]

Retrains a model from data in its official layout and writes the artefact. Training is deterministic.

Tasks:
${Object.entries(TASKS)
  .map(([name, command]) => `  ${name.padEnd(12)} ${command.summary}`)
  .join('\n')}

Run "narrascope train <task> --help" for its options.`

/** `narrascope train`: dispatches to one model's trainer. */
export const trainCommand: Command = {
  summary: 'retrain a model from data in its official layout (techniques, frames, genre, ner)',
  async run(argv: string[]): Promise<number> {
    const [name, ...rest] = argv
    if (!name || name === '--help' || name === '-h') {
      process.stdout.write(`${HELP}\n`)
      return name ? 0 : 2
    }
    const task = TASKS[name]
    if (!task) throw new CliError(`unknown task "${name}"\n\n${HELP}`)
    return task.run(rest)
  },
}
