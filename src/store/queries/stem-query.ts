import type { SqlQueryable } from '../sql-client.ts'

const STEM = `
SELECT DISTINCT websearch_to_tsquery(c.config::regconfig, $1)::text AS query
FROM unnest($2::text[]) AS c(config)`

/**
 * The distinct stemmings of a query in the given configurations, OR-ed into one tsquery (text form), or null
 * when nothing is left to search for (stop words only). One distinct form per meaning keeps the planner's
 * estimate honest: "Tokayev" stemmed seven times the same way is one condition, not seven.
 */
export async function stemQuery(
  client: SqlQueryable,
  text: string,
  configs: readonly string[],
): Promise<string | null> {
  const rows = await client.query<{ query: string }>(STEM, [text, configs])
  const forms = rows.map((row) => row.query).filter((query) => query !== '')
  return forms.length === 0 ? null : forms.map((query) => `(${query})`).join(' | ')
}
