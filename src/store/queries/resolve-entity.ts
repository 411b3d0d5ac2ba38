import { foldName } from '../fold-name.ts'
import type { SqlQueryable } from '../sql-client.ts'

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/gu

// A spelling matches when it is the whole name or a whole word of it: "tokayev" finds
// "kassym-jomart tokayev" but "kay" finds nothing.
const RESOLVE = `
SELECT DISTINCT canonical FROM entity_names
WHERE name = $1 OR name ~ ('(^|[^[:alnum:]])' || $2 || '($|[^[:alnum:]])')`

/** The canonical names an entity filter may mean, from every spelling seen in the corpus (always itself too). */
export async function resolveEntity(client: SqlQueryable, entity: string): Promise<string[]> {
  const folded = foldName(entity)
  const rows = await client.query<{ canonical: string }>(RESOLVE, [
    folded,
    folded.replace(REGEX_SPECIAL, '\\$&'),
  ])
  return [...new Set([entity, ...rows.map((row) => row.canonical)])]
}
