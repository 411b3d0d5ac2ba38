import type { IngestError } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'

const LIST = `
SELECT id, batch_id AS "batchId", input, stage, code, message,
  to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
FROM ingest_errors
WHERE ($1::integer IS NULL OR batch_id = $1::integer)
ORDER BY id
LIMIT $2`

/** Lists recorded ingestion errors, oldest first, optionally those of one batch. */
export async function listErrors(
  client: SqlQueryable,
  options: { batchId?: number; limit?: number },
): Promise<IngestError[]> {
  return client.query<IngestError>(LIST, [options.batchId ?? null, options.limit ?? 1000])
}
