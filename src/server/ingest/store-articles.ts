import type { IngestResponse } from '../../contracts/api.ts'
import type { InputResult } from '../../ingest/input-result.ts'
import type { AnalysisOutcome } from '../../store/ingest/analyse-to-row.ts'
import type { AnalysisPool } from '../../store/ingest/create-analysis-pool.ts'
import type { IngestErrorInput, Store } from '../../store/store.ts'

// Articles analysed before each write: enough to keep the threads busy, few enough to bound memory.
const ROWS_PER_WRITE = 64

/**
 * Analyses and stores the articles of an upload as one batch, and says which store ids they got. Unlike
 * `ingestInputs` it does not skip articles already stored: an upload is small and its caller wants the ids,
 * which re-storing the same URL or text gives back unchanged.
 */
export async function storeArticles(
  store: Store,
  pool: AnalysisPool,
  results: AsyncIterable<InputResult> | Iterable<InputResult>,
  batchInputs: string[],
): Promise<IngestResponse> {
  const { batch } = await store.openBatch('ingest', batchInputs)
  const errors: IngestErrorInput[] = []
  const documents: NonNullable<IngestResponse['documents']> = []
  let analysing: Promise<AnalysisOutcome>[] = []
  const write = async () => {
    const outcomes = await Promise.all(analysing)
    analysing = []
    const rows = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.row] : []))
    const failed = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.error]))
    await store.recordErrors(failed, batch.id)
    const written = await store.writeDocuments(rows, batch.id)
    const byInput = new Map(rows.map((row) => [row.input, row]))
    for (const { storeId, input } of written.stored) {
      const row = byInput.get(input)
      documents.push({
        storeId,
        id: row?.docId ?? input,
        title: row?.title ?? null,
        heading: row?.heading ?? { text: input, derived: false },
      })
    }
    errors.push(...failed, ...written.failed)
  }
  for await (const result of results) {
    if (!result.ok) {
      const { input, code, message } = result
      const error = { input, stage: 'read' as const, code, message }
      await store.recordErrors([error], batch.id)
      errors.push(error)
      continue
    }
    analysing.push(pool.analyse(result.article))
    if (analysing.length >= ROWS_PER_WRITE) await write()
  }
  await write()
  const counts = { stored: documents.length, skipped: 0, failed: errors.length }
  await store.addBatchCounts(batch.id, counts)
  if (counts.stored > 0) await store.refreshSearchIndex(counts.stored)
  return {
    batch: await store.finishBatch(batch.id),
    ...counts,
    documents,
    errors: errors.map(({ input, stage, code, message }) => ({ input, stage, code, message })),
  }
}
