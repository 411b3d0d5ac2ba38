import { parseArgs } from 'node:util'
import { DEFAULT_CATALOG_DIR, loadCatalog } from '../../catalog/load-catalog.ts'
import { CliError } from '../cli-error.ts'
import type { Command } from '../command.ts'

const HELP = `Usage: narrascope catalog check [PATH]

Validates a narrative catalogue (a folder of *.yaml files, or one file; default: the shipped catalog/) and prints
each problem as file:line:column: message. Exit code 0 when valid, 1 when not.`

/** `narrascope catalog check`: validate a narrative catalogue with file and line for every problem. */
export const catalogCommand: Command = {
  summary: 'check a narrative catalogue (catalog check [PATH])',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' } },
    })
    const [action, path = DEFAULT_CATALOG_DIR, ...extra] = positionals
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    if (action !== 'check' || extra.length > 0)
      throw new CliError(`expected "catalog check [PATH]"\n\n${HELP}`)
    let catalog: ReturnType<typeof loadCatalog>
    try {
      catalog = loadCatalog(path)
    } catch (error) {
      throw new CliError(
        `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
        1,
      )
    }
    for (const problem of catalog.problems) {
      process.stderr.write(
        `${problem.file}:${problem.line}:${problem.column}: ${problem.message}\n`,
      )
    }
    if (catalog.problems.length > 0) {
      process.stderr.write(
        `${catalog.problems.length} problem(s) in ${catalog.files.length} file(s)\n`,
      )
      return 1
    }
    const subNarratives = catalog.narratives.filter((narrative) => narrative.parent).length
    process.stdout.write(
      `${catalog.files.length} file(s), ${catalog.narratives.length - subNarratives} narratives and ${subNarratives} sub-narratives: valid\n`,
    )
    return 0
  },
}
