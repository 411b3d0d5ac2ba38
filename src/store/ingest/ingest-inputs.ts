import type { ExtractedArticle } from '../../contracts/source.ts'
import type { Batch } from '../../contracts/store.ts'
import { type ReadOptions, readInputs } from '../../ingest/read-input.ts'
import { PIPELINE_VERSION } from '../../pipeline/create-pipeline.ts'
import { articleHash } from '../document-row.ts'
import type { Store } from '../store.ts'
import { type BatchCounts, BatchWriter, type CommitEvent } from './batch-writer.ts'
import type { AnalysisPool } from './create-analysis-pool.ts'

/** How `ingestInputs` runs. */
export interface IngestOptions {
  pool: AnalysisPool
  readOptions?: ReadOptions
  rowsPerCommit?: number
  onCommit?: (event: CommitEvent) => void
}

/** A finished ingestion: the batch record and what this run did. */
export interface IngestSummary extends BatchCounts {
  batch: Batch
  resumed: boolean
}

// Articles are checked against the store in groups this size: one indexed lookup per group, not per article.
const SKIP_CHECK_SIZE = 256
const DEFAULT_ROWS_PER_COMMIT = 100
// Enough queued work to keep every thread busy through a commit, bounded to keep memory flat.
const IN_FLIGHT_PER_THREAD = 64

/**
 * Reads inputs, analyses each article and stores it. Runs as a batch: an interrupted run over the same inputs
 * resumes it, and articles already stored by this pipeline version are skipped, so re-running finishes the
 * rest. A failing input is recorded with its error and the batch goes on.
 * @example
 * const summary = await ingestInputs(store, ['articles/'], { pool: createAnalysisPool(2) })
 */
export async function ingestInputs(
  store: Store,
  inputs: string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const { batch, resumed } = await store.openBatch('ingest', inputs)
  const writer = new BatchWriter(store, options.pool, batch.id, {
    rowsPerCommit: options.rowsPerCommit ?? DEFAULT_ROWS_PER_COMMIT,
    maxInFlight: Math.max(1, options.pool.threads) * IN_FLIGHT_PER_THREAD,
    ...(options.onCommit ? { onCommit: options.onCommit } : {}),
  })
  let candidates: ExtractedArticle[] = []
  const submitNew = async () => {
    const hashes = candidates.map((article) => articleHash(article, PIPELINE_VERSION))
    const stored = await store.findStoredArticles(hashes)
    const fresh = candidates.filter((_, index) => !stored.has(hashes[index]!))
    writer.addSkipped(candidates.length - fresh.length)
    candidates = []
    for (const article of fresh) await writer.submit(article)
  }
  for await (const result of readInputs(inputs, options.readOptions)) {
    if (!result.ok) {
      writer.addError({
        input: result.input,
        stage: 'read',
        code: result.code,
        message: result.message,
      })
      continue
    }
    candidates.push(result.article)
    if (candidates.length >= SKIP_CHECK_SIZE) await submitNew()
  }
  await submitNew()
  const counts = await writer.finish()
  await store.addBatchCounts(batch.id, { stored: 0, skipped: counts.skipped, failed: 0 })
  if (counts.stored > 0) await store.refreshSearchIndex(counts.stored)
  return { ...counts, batch: await store.finishBatch(batch.id), resumed }
}
