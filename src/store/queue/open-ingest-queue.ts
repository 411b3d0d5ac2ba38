import PgBoss from 'pg-boss'
import type { ExtractedArticle } from '../../contracts/source.ts'
import { redactUrl } from '../postgres/redact-url.ts'
import { StoreError } from '../store-error.ts'

/** The pg-boss queue that carries ingestion jobs: one article each. */
export const INGEST_QUEUE = 'narrascope-ingest'

/** What one ingestion job carries: the extracted article (workers may not see the enqueuer's files). */
export interface IngestJob {
  batchId: number
  article: ExtractedArticle
}

/** How long jobs may run, how often they are retried, how often expired ones are reclaimed. */
export interface QueueTimings {
  /** A job still active after this long is taken for dead (its worker crashed) and retried. */
  jobTimeoutSeconds: number
  /** How often pg-boss's maintenance (expiring dead workers' jobs, archiving) runs. */
  maintenanceSeconds: number
}

/** Defaults: an article takes milliseconds, so five minutes means its worker is gone. */
export const DEFAULT_QUEUE_TIMINGS: QueueTimings = {
  jobTimeoutSeconds: 300,
  maintenanceSeconds: 30,
}

const RETRY_LIMIT = 3
const RETRY_DELAY_SECONDS = 5
// Completed jobs are kept a day for inspection, then archived and dropped by pg-boss.
const RETENTION_DAYS = 1

/**
 * Starts pg-boss on the store's PostgreSQL database (its own `pgboss` schema, migrated by pg-boss) and makes
 * sure the ingestion queue exists.
 * @example
 * const boss = await openIngestQueue('postgres://…/corpus')
 */
export async function openIngestQueue(
  url: string,
  timings: QueueTimings = DEFAULT_QUEUE_TIMINGS,
): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 2,
    schedule: false,
    maintenanceIntervalSeconds: timings.maintenanceSeconds,
    application_name: 'narrascope-queue',
  })
  boss.on('error', (error) => {
    process.stderr.write(`narrascope: job queue: ${error.message}\n`)
  })
  try {
    await boss.start()
    if (!(await boss.getQueue(INGEST_QUEUE))) {
      await boss.createQueue(INGEST_QUEUE, {
        name: INGEST_QUEUE,
        policy: 'standard',
        retryLimit: RETRY_LIMIT,
        retryDelay: RETRY_DELAY_SECONDS,
        expireInSeconds: timings.jobTimeoutSeconds,
        retentionDays: RETENTION_DAYS,
      })
    }
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined)
    const reason = error instanceof Error ? error.message : String(error)
    throw new StoreError(
      'store_unreachable',
      `cannot start the job queue at ${redactUrl(url)}: ${reason}`,
      { cause: error },
    )
  }
  return boss
}
