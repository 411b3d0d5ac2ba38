import type { SqlQueryable } from '../sql-client.ts'

const DELETE = `DELETE FROM documents WHERE id = ANY($1::integer[]) RETURNING id`

/** Deletes the documents with these store ids and returns how many existed. */
export async function deleteDocuments(
  client: SqlQueryable,
  storeIds: readonly number[],
): Promise<number> {
  if (storeIds.length === 0) return 0
  return (await client.query<{ id: number }>(DELETE, [storeIds])).length
}
