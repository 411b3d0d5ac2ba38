import { CliError } from './cli-error.ts'
import type { Command } from './command.ts'
import { analyzeCommand } from './commands/analyze.ts'
import { catalogCommand } from './commands/catalog.ts'
import { claimsCommand } from './commands/claims.ts'
import { errorsCommand } from './commands/errors.ts'
import { exportCommand } from './commands/export.ts'
import { ingestCommand } from './commands/ingest.ts'
import { linkCommand } from './commands/link.ts'
import { narrativesCommand } from './commands/narratives.ts'
import { searchCommand } from './commands/search.ts'
import { serveCommand } from './commands/serve.ts'
import { statsCommand } from './commands/stats.ts'
import { storiesCommand } from './commands/stories.ts'
import { workerCommand } from './commands/worker.ts'

/** Every verb, listed once. */
const COMMANDS: Readonly<Record<string, Command>> = {
  analyze: analyzeCommand,
  catalog: catalogCommand,
  claims: claimsCommand,
  link: linkCommand,
  stories: storiesCommand,
  ingest: ingestCommand,
  search: searchCommand,
  stats: statsCommand,
  narratives: narrativesCommand,
  export: exportCommand,
  errors: errorsCommand,
  worker: workerCommand,
  serve: serveCommand,
}

const USAGE = `narrascope — who says what, how, and where it came from

Usage: narrascope <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run "narrascope <command> --help" for a command's options.`

/** Runs the CLI with the given arguments and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`)
    return name ? 0 : 2
  }
  const command = COMMANDS[name]
  if (!command) {
    process.stderr.write(`narrascope: unknown command "${name}"\n\n${USAGE}\n`)
    return 2
  }
  try {
    return await command.run(rest)
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`narrascope ${name}: ${error.message}\n`)
      return error.exitCode
    }
    throw error
  }
}
