import type { SqlQueryable } from '../sql-client.ts'

const CLEAR = 'DELETE FROM ingest_errors WHERE input = ANY($1::text[])'

/** Forgets earlier errors of inputs that have now been stored. */
export async function clearErrors(tx: SqlQueryable, inputs: readonly string[]): Promise<void> {
  if (inputs.length === 0) return
  await tx.query(CLEAR, [inputs])
}
