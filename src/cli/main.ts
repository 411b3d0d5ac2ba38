import { CliError } from './cli-error.ts'
import type { Command } from './command.ts'

/**
 * Every verb, listed once, each loaded when it runs: a verb's module pulls in what it needs (the pipeline and
 * its models, the HTTP server, the job queue), and `analyze` on one file should not pay for `serve`.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  analyze: async () => (await import('./commands/analyze.ts')).analyzeCommand,
  catalog: async () => (await import('./commands/catalog.ts')).catalogCommand,
  claims: async () => (await import('./commands/claims.ts')).claimsCommand,
  link: async () => (await import('./commands/link.ts')).linkCommand,
  stories: async () => (await import('./commands/stories.ts')).storiesCommand,
  ingest: async () => (await import('./commands/ingest.ts')).ingestCommand,
  search: async () => (await import('./commands/search.ts')).searchCommand,
  stats: async () => (await import('./commands/stats.ts')).statsCommand,
  narratives: async () => (await import('./commands/narratives.ts')).narrativesCommand,
  export: async () => (await import('./commands/export.ts')).exportCommand,
  errors: async () => (await import('./commands/errors.ts')).errorsCommand,
  worker: async () => (await import('./commands/worker.ts')).workerCommand,
  serve: async () => (await import('./commands/serve.ts')).serveCommand,
  train: async () => (await import('./commands/train.ts')).trainCommand,
  eval: async () => (await import('./commands/eval.ts')).evalCommand,
}

// The usage text is the one place that needs every verb's summary, so only it loads them all.
async function usage(): Promise<string> {
  const lines = await Promise.all(
    Object.entries(COMMANDS).map(
      async ([name, load]) => `  ${name.padEnd(10)} ${(await load()).summary}`,
    ),
  )
  return `narrascope — who says what, how, and where it came from

Usage: narrascope <command> [options]

Commands:
${lines.join('\n')}

Run "narrascope <command> --help" for a command's options.`
}

/** Runs the CLI with the given arguments and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await usage()}\n`)
    return name ? 0 : 2
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!load) {
    process.stderr.write(`narrascope: unknown command "${name}"\n\n${await usage()}\n`)
    return 2
  }
  const command = await load()
  try {
    return await command.run(rest)
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`narrascope ${name}: ${error.message}\n`)
      return error.exitCode
    }
    if (isBadArguments(error)) {
      process.stderr.write(
        `narrascope ${name}: ${error.message}\nRun "narrascope ${name} --help" for its options.\n`,
      )
      return 2
    }
    throw error
  }
}

/** Node's argument parser rejects an unknown option or a missing value with an ERR_PARSE_ARGS_* error. */
function isBadArguments(error: unknown): error is Error {
  if (!(error instanceof Error)) return false
  const code: unknown = (error as Error & { code?: unknown }).code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')
}
