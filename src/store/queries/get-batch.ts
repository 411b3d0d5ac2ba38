import type { Batch } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { BATCH_COLUMNS } from './batch-columns.ts'

const GET = `SELECT ${BATCH_COLUMNS} FROM batches WHERE id = $1`

/** One batch by id, or null. */
export async function getBatch(client: SqlQueryable, batchId: number): Promise<Batch | null> {
  const [batch] = await client.query<Batch>(GET, [batchId])
  return batch ?? null
}
