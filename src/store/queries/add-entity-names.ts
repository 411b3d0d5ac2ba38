import type { SqlQueryable } from '../sql-client.ts'

// In key order: two workers adding the same new names in different orders would each wait for the other's
// transaction (a deadlock, which fails one whole batch back to row-by-row writes).
const ADD = `
INSERT INTO entity_names (name, canonical)
SELECT DISTINCT n.name, n.canonical FROM jsonb_to_recordset($1::text::jsonb) AS n(name text, canonical text)
ORDER BY 1, 2
ON CONFLICT DO NOTHING`

/** Records spellings of entities ([folded spelling, canonical]) so filters can find them by any of them. */
export async function addEntityNames(
  tx: SqlQueryable,
  names: readonly (readonly [string, string])[],
): Promise<void> {
  if (names.length === 0) return
  const payload = names.map(([name, canonical]) => ({ name, canonical }))
  await tx.query(ADD, [JSON.stringify(payload)])
}
