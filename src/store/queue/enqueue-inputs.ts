import type PgBoss from 'pg-boss'
import type { ExtractedArticle } from '../../contracts/source.ts'
import type { Batch } from '../../contracts/store.ts'
import { type ReadOptions, readInputs } from '../../ingest/read-input.ts'
import { PIPELINE_VERSION } from '../../pipeline/create-pipeline.ts'
import { articleHash } from '../document-row.ts'
import type { IngestErrorInput, Store } from '../store.ts'
import { INGEST_QUEUE, type IngestJob, type QueueTimings } from './open-ingest-queue.ts'

/** What `ingest --queue` did: jobs queued for the workers, articles already stored, inputs that failed. */
export interface EnqueueSummary {
  batch: Batch
  enqueued: number
  skipped: number
  failed: number
}

// Jobs are inserted this many at a time: one round trip per chunk.
const INSERT_CHUNK = 256

/**
 * Reads inputs and puts one job per new article on the ingestion queue, for `narrascope worker` processes to
 * analyse and store. Read failures are recorded in the store at once; articles already stored are skipped.
 * @example
 * await enqueueInputs(store, boss, ['feeds.txt'], {})
 */
export async function enqueueInputs(
  store: Store,
  boss: PgBoss,
  inputs: string[],
  options: { readOptions?: ReadOptions; timings: QueueTimings },
): Promise<EnqueueSummary> {
  const { batch } = await store.openBatch('queue', inputs)
  const summary = { enqueued: 0, skipped: 0, failed: 0 }
  let articles: ExtractedArticle[] = []
  let errors: IngestErrorInput[] = []
  const flush = async () => {
    const hashes = articles.map((article) => articleHash(article, PIPELINE_VERSION))
    const stored = await store.findStoredArticles(hashes)
    const fresh = articles.filter((_, index) => !stored.has(hashes[index]!))
    if (fresh.length > 0) {
      await boss.insert(
        fresh.map((article) => ({
          name: INGEST_QUEUE,
          data: { batchId: batch.id, article } satisfies IngestJob,
          expireInSeconds: options.timings.jobTimeoutSeconds,
        })),
      )
    }
    await store.recordErrors(errors, batch.id)
    summary.enqueued += fresh.length
    summary.skipped += articles.length - fresh.length
    summary.failed += errors.length
    await store.addBatchCounts(batch.id, {
      stored: 0,
      skipped: articles.length - fresh.length,
      failed: errors.length,
    })
    articles = []
    errors = []
  }
  for await (const result of readInputs(inputs, options.readOptions)) {
    if (result.ok) articles.push(result.article)
    else
      errors.push({
        input: result.input,
        stage: 'read',
        code: result.code,
        message: result.message,
      })
    if (articles.length + errors.length >= INSERT_CHUNK) await flush()
  }
  await flush()
  // Enqueued means handed over: the workers own the jobs now, so the batch is done on this side.
  return { ...summary, batch: await store.finishBatch(batch.id) }
}
