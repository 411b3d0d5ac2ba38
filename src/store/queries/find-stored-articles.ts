import type { SqlQueryable } from '../sql-client.ts'

const FIND =
  'SELECT DISTINCT article_hash AS hash FROM documents WHERE article_hash = ANY($1::text[])'

/** Which of these article hashes are already stored (same article, same pipeline version). */
export async function findStoredArticles(
  client: SqlQueryable,
  hashes: readonly string[],
): Promise<Set<string>> {
  if (hashes.length === 0) return new Set()
  const rows = await client.query<{ hash: string }>(FIND, [hashes])
  return new Set(rows.map((row) => row.hash))
}
