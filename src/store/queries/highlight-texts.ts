import type { SqlQueryable } from '../sql-client.ts'

/** A text to highlight, in the configuration its document was indexed with. */
export interface HighlightRequest {
  searchConfig: string
  text: string
}

// Control characters mark the matches: they cannot occur in stored text's snippets unescaped as HTML or
// Markdown could, and the caller turns them into offsets.
const OPTIONS =
  "StartSel=\u0001, StopSel=\u0002, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=' … '"

const HIGHLIGHT = `
SELECT ts_headline(h.config::regconfig, h.text, websearch_to_tsquery(h.config::regconfig, $3), $4) AS headline
FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS h(config, text, position)
ORDER BY h.position`

/** Asks the engine for the best fragments of each text with the query's words marked by \u0001…\u0002. */
export async function highlightTexts(
  client: SqlQueryable,
  query: string,
  requests: readonly HighlightRequest[],
): Promise<string[]> {
  if (requests.length === 0) return []
  const rows = await client.query<{ headline: string }>(HIGHLIGHT, [
    requests.map((request) => request.searchConfig),
    requests.map((request) => request.text),
    query,
    OPTIONS,
  ])
  return rows.map((row) => row.headline)
}
