import { parseArgs } from 'node:util'
import { createAnalysisPool } from '../../store/ingest/create-analysis-pool.ts'
import { isPostgresUrl, openStore, storeLocation } from '../../store/open-store.ts'
import { DEFAULT_QUEUE_TIMINGS, openIngestQueue } from '../../store/queue/open-ingest-queue.ts'
import { runWorker } from '../../store/queue/run-worker.ts'
import type { Store } from '../../store/store.ts'
import { StoreError } from '../../store/store-error.ts'
import { CliError } from '../cli-error.ts'

const HELP = `Usage: narrascope worker --db postgres://… [options]

Takes ingestion jobs queued by "narrascope ingest --queue", analyses and stores them. Run as many workers as
you like, on as many machines: each job is done by one of them, and the jobs of a worker that crashes are
retried by the others once they time out.

Options:
  --db URL                  the PostgreSQL store (or $NARRASCOPE_DB)
  --jobs-per-fetch N        jobs taken and written together (default 100)
  --loops N                 fetch loops in this process, so writing overlaps analysing (default 2)
  --threads N               analysis threads (default 0: analyse in this process; run one worker per core)
  --exit-when-idle          stop once no job is waiting or running (otherwise run until SIGINT/SIGTERM)
  --maintenance-seconds N   how often dead workers' jobs are reclaimed (default ${DEFAULT_QUEUE_TIMINGS.maintenanceSeconds})
  --json                    print one JSON line per commit
  -h, --help                this help`

/** `narrascope worker`: process queued ingestion jobs until stopped or idle. */
export const workerCommand = {
  summary: 'store articles queued by "ingest --queue" (PostgreSQL; run any number)',
  async run(argv: string[]): Promise<number> {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        'jobs-per-fetch': { type: 'string', default: '100' },
        loops: { type: 'string', default: '2' },
        threads: { type: 'string', default: '0' },
        'exit-when-idle': { type: 'boolean', default: false },
        'maintenance-seconds': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    const location = storeLocation(values.db)
    if (!isPostgresUrl(location))
      throw new CliError('the worker needs a PostgreSQL store: --db postgres://…')
    const store = await openOrExplain(location)
    const boss = await openIngestQueue(location, {
      ...DEFAULT_QUEUE_TIMINGS,
      ...(values['maintenance-seconds']
        ? {
            maintenanceSeconds: wholeNumber(
              values['maintenance-seconds'],
              '--maintenance-seconds',
              1,
            ),
          }
        : {}),
    })
    const pool = createAnalysisPool(wholeNumber(values.threads, '--threads', 0))
    const stop = () => {
      void boss.stop({ graceful: true, wait: false })
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    let stored = 0
    let failed = 0
    try {
      await runWorker(store, boss, {
        pool,
        jobsPerFetch: wholeNumber(values['jobs-per-fetch'], '--jobs-per-fetch', 1),
        loops: wholeNumber(values.loops, '--loops', 1),
        exitWhenIdle: values['exit-when-idle'],
        onCommit(event) {
          stored += event.stored.length
          failed += event.failed.length
          if (values.json)
            process.stdout.write(`${JSON.stringify({ event: 'commit', ...event })}\n`)
          for (const failure of event.failed)
            process.stderr.write(`narrascope: ${failure.input}: ${failure.message}\n`)
        },
      })
    } finally {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      await boss.stop({ graceful: true, wait: true })
      await pool.close()
      await store.close()
    }
    process.stderr.write(`narrascope worker: stored ${stored}, failed ${failed}\n`)
    return 0
  },
}

async function openOrExplain(location: string): Promise<Store> {
  try {
    return await openStore(location)
  } catch (error) {
    if (error instanceof StoreError) throw new CliError(error.message, 1)
    throw error
  }
}

function wholeNumber(value: string, flag: string, minimum: number): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < minimum)
    throw new CliError(`${flag} must be a whole number ≥ ${minimum}, not "${value}"`)
  return number
}
