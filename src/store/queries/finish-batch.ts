import type { Batch } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { BATCH_COLUMNS } from './batch-columns.ts'

const FINISH = `
UPDATE batches SET status = 'done', finished_at = now() WHERE id = $1 RETURNING ${BATCH_COLUMNS}`

/** Marks a batch as done, so a later run over the same inputs starts a new one instead of resuming it. */
export async function finishBatch(client: SqlQueryable, batchId: number): Promise<Batch> {
  const [batch] = await client.query<Batch>(FINISH, [batchId])
  if (!batch) throw new Error(`no batch ${batchId}`)
  return batch
}
