/** The columns of `batches` as the Batch contract names them. */
export const BATCH_COLUMNS = `id, kind, inputs, status,
  to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "startedAt",
  to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "finishedAt",
  stored, skipped, failed`
