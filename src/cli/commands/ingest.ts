import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import type { CommitEvent } from '../../store/ingest/batch-writer.ts'
import { createAnalysisPool } from '../../store/ingest/create-analysis-pool.ts'
import { ingestInputs } from '../../store/ingest/ingest-inputs.ts'
import { reanalyseDocuments } from '../../store/ingest/reanalyse-documents.ts'
import { isPostgresUrl, openStore, storeLocation } from '../../store/open-store.ts'
import { enqueueInputs } from '../../store/queue/enqueue-inputs.ts'
import { DEFAULT_QUEUE_TIMINGS, openIngestQueue } from '../../store/queue/open-ingest-queue.ts'
import type { Store } from '../../store/store.ts'
import { StoreError } from '../../store/store-error.ts'
import { CliError } from '../cli-error.ts'

const HELP = `Usage: narrascope ingest <file|dir|url|feed|jsonl|->... [options]
       narrascope ingest --reanalyse [--all] [options]

Analyses articles and stores them with all their annotations. Re-ingesting an article (same URL, or same text
when it has no URL) updates it. An interrupted run resumes when run again over the same inputs: what was
stored is skipped. Inputs that fail are recorded ("narrascope errors") and the rest is stored.

Options:
  --db PATH|URL             the store: a folder (default ./narrascope-data, or $NARRASCOPE_DB) or postgres://…
  --queue                   put one job per article on the queue for "narrascope worker" (PostgreSQL only)
  --job-timeout SECONDS     with --queue: a job running longer is taken for dead and retried (default ${DEFAULT_QUEUE_TIMINGS.jobTimeoutSeconds})
  --reanalyse               re-run the pipeline over stored documents made by another pipeline version
  --all                     with --reanalyse: every stored document
  --commit-size N           documents per transaction (default 100): smaller acknowledges sooner
  --threads N               analysis threads (default: one per core, ${availableParallelism()} here; 0 = this thread)
  --json                    print one JSON line per commit and a summary line, instead of a progress line
  --allow-private-network   let URLs reach loopback, private and link-local addresses
  --max-bytes N             refuse inputs larger than N bytes (default 50000000)
  --timeout-ms N            HTTP timeout per URL (default 15000)
  -h, --help                this help

Exit code: 0 when every input was stored, 1 when some failed or the store cannot be used, 2 on bad usage.`

/** `narrascope ingest`: analyse and store articles, enqueue them for workers, or re-analyse the store. */
export const ingestCommand = {
  summary: 'analyse articles and keep them in the corpus store (or queue them for workers)',
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        queue: { type: 'boolean', default: false },
        'job-timeout': { type: 'string' },
        reanalyse: { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
        threads: { type: 'string' },
        'commit-size': { type: 'string' },
        json: { type: 'boolean', default: false },
        'allow-private-network': { type: 'boolean', default: false },
        'max-bytes': { type: 'string' },
        'timeout-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    if (values.reanalyse && positionals.length > 0)
      throw new CliError('--reanalyse works on the stored documents: give no inputs with it')
    if (!values.reanalyse && positionals.length === 0)
      throw new CliError(`no input given\n\n${HELP}`)
    if (values.all && !values.reanalyse) throw new CliError('--all only goes with --reanalyse')
    const location = storeLocation(values.db)
    if (values.queue && !isPostgresUrl(location))
      throw new CliError('--queue needs a PostgreSQL store: --db postgres://…')
    const threads =
      values.threads === undefined
        ? availableParallelism()
        : wholeNumber(values.threads, '--threads', 0)
    const readOptions = {
      allowPrivateNetwork: values['allow-private-network'],
      ...(values['max-bytes']
        ? { maxBytes: wholeNumber(values['max-bytes'], '--max-bytes', 1) }
        : {}),
      ...(values['timeout-ms']
        ? { fetchTimeoutMs: wholeNumber(values['timeout-ms'], '--timeout-ms', 1) }
        : {}),
    }
    const report = createReporter(values.json)
    const store = await openOrExplain(location)
    try {
      if (values.queue) {
        const timings = {
          ...DEFAULT_QUEUE_TIMINGS,
          ...(values['job-timeout']
            ? { jobTimeoutSeconds: wholeNumber(values['job-timeout'], '--job-timeout', 1) }
            : {}),
        }
        const boss = await openIngestQueue(location, timings)
        try {
          const summary = await enqueueInputs(store, boss, positionals, { readOptions, timings })
          report.done(
            { ...summary, stored: 0, resumed: false },
            `queued ${summary.enqueued} articles as batch #${summary.batch.id} for "narrascope worker --db …"; ${summary.skipped} already stored, ${summary.failed} failed`,
          )
          return summary.failed > 0 ? 1 : 0
        } finally {
          await boss.stop({ graceful: true, wait: true })
        }
      }
      const pool = createAnalysisPool(threads)
      try {
        const summary = values.reanalyse
          ? await reanalyseDocuments(store, { pool, force: values.all, onCommit: report.commit })
          : await ingestInputs(store, positionals, {
              pool,
              readOptions,
              onCommit: report.commit,
              ...(values['commit-size']
                ? { rowsPerCommit: wholeNumber(values['commit-size'], '--commit-size', 1) }
                : {}),
            })
        const resumed = summary.resumed ? ' (resumed)' : ''
        report.done(
          summary,
          `stored ${summary.stored}, skipped ${summary.skipped} already stored, failed ${summary.failed}: batch #${summary.batch.id}${resumed} in ${store.location}${summary.failed > 0 ? '. "narrascope errors" lists the failures.' : ''}`,
        )
        return summary.failed > 0 ? 1 : 0
      } finally {
        await pool.close()
      }
    } finally {
      await store.close()
    }
  },
}

/** Opens the store, turning a store error into a one-line CLI error (exit code 1). */
async function openOrExplain(location: string): Promise<Store> {
  try {
    return await openStore(location)
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, 1)
    throw error
  }
}

function createReporter(json: boolean) {
  let stored = 0
  let failed = 0
  const isTerminal = Boolean(process.stderr.isTTY)
  return {
    commit(event: CommitEvent): void {
      stored += event.stored.length
      failed += event.failed.length
      if (json) {
        process.stdout.write(`${JSON.stringify({ event: 'commit', ...event })}\n`)
        return
      }
      for (const failure of event.failed)
        process.stderr.write(`narrascope: ${failure.input}: ${failure.message}\n`)
      if (isTerminal) process.stderr.write(`\r\x1b[2K${stored} stored, ${failed} failed`)
    },
    done(summary: object, line: string): void {
      if (isTerminal && !json) process.stderr.write('\r\x1b[2K')
      if (json) process.stdout.write(`${JSON.stringify({ event: 'done', ...summary })}\n`)
      else process.stderr.write(`narrascope: ${line}\n`)
    },
  }
}

function wholeNumber(value: string, flag: string, minimum: number): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < minimum)
    throw new CliError(`${flag} must be a whole number ≥ ${minimum}, not "${value}"`)
  return number
}
