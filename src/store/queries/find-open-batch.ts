import type { Batch, BatchKind } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { BATCH_COLUMNS } from './batch-columns.ts'

const FIND = `
SELECT ${BATCH_COLUMNS} FROM batches
WHERE kind = $1 AND status = 'running' AND inputs = $2::text::jsonb
ORDER BY id DESC LIMIT 1`

/** The latest unfinished batch of this kind over the same inputs: an interrupted run to resume. */
export async function findOpenBatch(
  client: SqlQueryable,
  kind: BatchKind,
  inputs: readonly string[],
): Promise<Batch | null> {
  const [batch] = await client.query<Batch>(FIND, [kind, JSON.stringify(inputs)])
  return batch ?? null
}
