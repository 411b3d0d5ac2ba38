import type PgBoss from 'pg-boss'
import type { DocumentRow } from '../document-row.ts'
import type { CommitEvent } from '../ingest/batch-writer.ts'
import type { AnalysisPool } from '../ingest/create-analysis-pool.ts'
import type { IngestErrorInput, Store } from '../store.ts'
import { INGEST_QUEUE, type IngestJob } from './open-ingest-queue.ts'

/** How a worker runs. */
export interface WorkerOptions {
  pool: AnalysisPool
  /** Jobs fetched and written together. */
  jobsPerFetch: number
  /** Fetch loops in this process: while one batch is written, the next is analysed. */
  loops: number
  /** Stop once no job is waiting or running anywhere (batch runs, tests); otherwise run until stopped. */
  exitWhenIdle: boolean
  onCommit?: (event: CommitEvent) => void
}

// pg-boss's shortest polling interval; a loop that got a full batch is woken at once instead.
const POLLING_INTERVAL_SECONDS = 0.5
const IDLE_CHECK_MS = 1000

/**
 * Takes ingestion jobs from the queue, analyses their articles and stores them. Any number of workers, on any
 * machines, may run against one database: pg-boss hands each job to one of them (SKIP LOCKED), a crashed
 * worker's jobs expire and are retried, and the store's upsert makes a retried job rewrite the same document,
 * never a second one. Resolves when stopped, or when idle with `exitWhenIdle`.
 * @example
 * await runWorker(store, boss, { pool, jobsPerFetch: 100, loops: 2, exitWhenIdle: false })
 */
export async function runWorker(store: Store, boss: PgBoss, options: WorkerOptions): Promise<void> {
  let stored = 0
  const handle = async (jobs: PgBoss.Job<IngestJob>[], workerId: string | undefined) => {
    const rowsByBatch = new Map<number, DocumentRow[]>()
    const errorsByBatch = new Map<number, IngestErrorInput[]>()
    // All at once, so that with --threads every analysis thread has work.
    const outcomes = await Promise.all(jobs.map((job) => options.pool.analyse(job.data.article)))
    outcomes.forEach((outcome, index) => {
      const { batchId } = jobs[index]!.data
      if (outcome.ok) addTo(rowsByBatch, batchId, outcome.row)
      else addTo(errorsByBatch, batchId, outcome.error)
    })
    for (const batchId of new Set([...rowsByBatch.keys(), ...errorsByBatch.keys()])) {
      // A failure here (the database gone) throws: pg-boss fails the jobs and retries them later.
      const result = await store.writeDocuments(rowsByBatch.get(batchId) ?? [], batchId)
      const errors = errorsByBatch.get(batchId) ?? []
      await store.recordErrors(errors, batchId)
      const failed = [...errors, ...result.failed]
      stored += result.stored.length
      await store.addBatchCounts(batchId, {
        stored: result.stored.length,
        skipped: 0,
        failed: failed.length,
      })
      options.onCommit?.({
        batchId,
        stored: result.stored.map((outcome) => outcome.input),
        failed,
      })
    }
    if (jobs.length === options.jobsPerFetch && workerId) boss.notifyWorker(workerId)
  }
  const workerIds: string[] = []
  for (let loop = 0; loop < options.loops; loop++) {
    let workerId: string | undefined
    workerId = await boss.work<IngestJob>(
      INGEST_QUEUE,
      { batchSize: options.jobsPerFetch, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS },
      (jobs) => handle(jobs, workerId),
    )
    workerIds.push(workerId)
  }
  if (!options.exitWhenIdle) {
    await new Promise<void>((resolve) => boss.once('stopped', resolve))
    return
  }
  // Idle means nothing waiting, retrying or active: a crashed worker's active jobs keep us until they expire
  // and are retried (by us).
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_CHECK_MS))
    if ((await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) === 0) break
  }
  for (const id of workerIds) await boss.offWork({ id })
  await store.refreshSearchIndex(stored)
}

function addTo<T>(map: Map<number, T[]>, key: number, value: T): void {
  const values = map.get(key)
  if (values) values.push(value)
  else map.set(key, [value])
}
