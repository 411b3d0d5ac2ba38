import type { SqlQueryable } from '../sql-client.ts'

const ADD = `
UPDATE batches SET stored = stored + $2, skipped = skipped + $3, failed = failed + $4 WHERE id = $1`

/** Adds to a batch's counts (several workers may add to the same batch at once). */
export async function addBatchCounts(
  client: SqlQueryable,
  batchId: number,
  counts: { stored: number; skipped: number; failed: number },
): Promise<void> {
  await client.query(ADD, [batchId, counts.stored, counts.skipped, counts.failed])
}
