import type { IngestStage } from '../../contracts/store.ts'
import type { SqlQueryable } from '../sql-client.ts'

/** One failure to record: which input, at which stage, and why. */
export interface IngestErrorInput {
  input: string
  stage: IngestStage
  code: string
  message: string
}

const RECORD = `
INSERT INTO ingest_errors (batch_id, input, stage, code, message)
SELECT $2::integer, e.input, e.stage, e.code, e.message
FROM jsonb_to_recordset($1::text::jsonb) AS e(input text, stage text, code text, message text)`

// Messages are kept to a readable length; a stack trace or a 10 MB record in a message helps nobody.
const MAX_MESSAGE_CHARS = 2000

/** Records ingestion failures, so `narrascope errors` can list them after the batch. */
export async function recordErrors(
  client: SqlQueryable,
  errors: readonly IngestErrorInput[],
  batchId: number | null,
): Promise<void> {
  if (errors.length === 0) return
  const payload = errors.map((error) => ({
    ...error,
    input: safeText(error.input),
    message: safeText(error.message).slice(0, MAX_MESSAGE_CHARS),
  }))
  await client.query(RECORD, [JSON.stringify(payload), batchId])
}

function safeText(value: string): string {
  return value.replace(/\u0000/gu, ' ').replace(/[\ud800-\udfff]/gu, '\ufffd')
}
