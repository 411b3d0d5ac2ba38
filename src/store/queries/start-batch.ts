import type { Batch, BatchKind } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { BATCH_COLUMNS } from './batch-columns.ts'

const START = `INSERT INTO batches (kind, inputs) VALUES ($1, $2::text::jsonb) RETURNING ${BATCH_COLUMNS}`

/** Records the start of a batch. */
export async function startBatch(
  client: SqlQueryable,
  kind: BatchKind,
  inputs: readonly string[],
): Promise<Batch> {
  const [batch] = await client.query<Batch>(START, [kind, JSON.stringify(inputs)])
  if (!batch) throw new Error('INSERT … RETURNING gave no row')
  return batch
}
