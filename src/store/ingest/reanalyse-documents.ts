import { PIPELINE_VERSION } from '../../pipeline/create-pipeline.ts'
import type { Store } from '../store.ts'
import { BatchWriter, type CommitEvent } from './batch-writer.ts'
import type { AnalysisPool } from './create-analysis-pool.ts'
import type { IngestSummary } from './ingest-inputs.ts'

// Long before any document: a non-forced re-analysis selects by pipeline version alone.
const BEFORE_ANY_DOCUMENT = '1970-01-01T00:00:00Z'
const ROWS_PER_COMMIT = 100
const IN_FLIGHT_PER_THREAD = 64

/**
 * Re-runs the current pipeline over stored documents: those analysed by another pipeline version, or with
 * `force` every document analysed before this re-analysis began. Interrupted, it resumes where it stopped.
 * @example
 * await reanalyseDocuments(store, { pool, force: false }) // after a model or rule change
 */
export async function reanalyseDocuments(
  store: Store,
  options: { pool: AnalysisPool; force: boolean; onCommit?: (event: CommitEvent) => void },
): Promise<IngestSummary> {
  const signature = ['--reanalyse', options.force ? 'all' : 'stale', PIPELINE_VERSION]
  const { batch, resumed } = await store.openBatch('reanalyse', signature)
  const writer = new BatchWriter(store, options.pool, batch.id, {
    rowsPerCommit: ROWS_PER_COMMIT,
    maxInFlight: Math.max(1, options.pool.threads) * IN_FLIGHT_PER_THREAD,
    ...(options.onCommit ? { onCommit: options.onCommit } : {}),
  })
  const analysedBefore = options.force ? batch.startedAt : BEFORE_ANY_DOCUMENT
  for await (const { document } of store.staleDocuments(PIPELINE_VERSION, analysedBefore)) {
    await writer.submit({
      id: document.id,
      title: document.title,
      text: document.text,
      source: document.source,
    })
  }
  const counts = await writer.finish()
  if (counts.stored > 0) await store.refreshSearchIndex(counts.stored)
  return { ...counts, batch: await store.finishBatch(batch.id), resumed }
}
