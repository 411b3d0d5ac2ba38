import { CliError } from '../cli-error.ts'
import type { Command } from '../command.ts'
import { nerEvaluation } from './eval/ner.ts'
import { semeval2023Evaluation } from './eval/semeval2023.ts'
import { semeval2025Evaluation } from './eval/semeval2025.ts'

/** Every benchmark `narrascope eval` knows, listed once; each is a Command of its own. */
const BENCHMARKS: Readonly<Record<string, Command>> = {
  semeval2023: semeval2023Evaluation,
  semeval2025: semeval2025Evaluation,
  ner: nerEvaluation,
}

const HELP = `Usage: narrascope eval <benchmark> [options]

Scores Narrascope's models on a benchmark's official layout and prints JSON.

Benchmarks:
${Object.entries(BENCHMARKS)
  .map(([name, command]) => `  ${name.padEnd(14)} ${command.summary}`)
  .join('\n')}

Run "narrascope eval <benchmark> --help" for its options.`

/** `narrascope eval`: dispatches to one benchmark's evaluation. */
export const evalCommand: Command = {
  summary: 'score the models on a benchmark (SemEval-2023 Task 3, …) and print JSON',
  async run(argv: string[]): Promise<number> {
    const [name, ...rest] = argv
    if (!name || name === '--help' || name === '-h') {
      process.stdout.write(`${HELP}\n`)
      return name ? 0 : 2
    }
    const benchmark = BENCHMARKS[name]
    if (!benchmark) throw new CliError(`unknown benchmark "${name}"\n\n${HELP}`)
    return benchmark.run(rest)
  },
}
