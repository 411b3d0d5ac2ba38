import type { DocumentRow } from '../document-row.ts'
import type { SqlQueryable } from '../sql-client.ts'

/** What happened to one row: its store id, and whether it was new or replaced an earlier version. */
export interface UpsertOutcome {
  storeId: number
  input: string
  isNew: boolean
}

// A document stored without a URL (a text file) is keyed by its text hash; when the same text arrives with a
// URL, the existing document takes the URL key instead of a second document being made.
const REKEY_BY_URL = `
UPDATE documents AS d SET doc_key = k.url_key
FROM jsonb_to_recordset($1::text::jsonb) AS k(url_key text, text_hash text)
WHERE d.doc_key = 'text:' || k.text_hash
  AND NOT EXISTS (SELECT 1 FROM documents AS e WHERE e.doc_key = k.url_key)`

// The key: the URL when there is one; otherwise the document already holding this text (its own text key
// first, then any other), so re-ingesting a file updates what a feed stored; else a new text key.
const UPSERT = `
INSERT INTO documents AS d (
  doc_key, doc_id, url, text_hash, article_hash, input, title, lang, outlet, published, pipeline_version,
  analysed_at, batch_id, facet_ids, narratives, narrative_scores, search_config, search_vector, document)
SELECT
  coalesce(r.url_key, (
    SELECT e.doc_key FROM documents AS e WHERE e.text_hash = r.text_hash
    ORDER BY (e.doc_key = 'text:' || r.text_hash) DESC, e.id LIMIT 1
  ), 'text:' || r.text_hash),
  r.doc_id, r.url, r.text_hash, r.article_hash, r.input, r.title, r.lang, r.outlet, r.published::date,
  r.pipeline_version, now(), $2::integer, r.facet_ids, r.narratives, r.narrative_scores, r.search_config,
  setweight(to_tsvector(r.search_config::regconfig, r.search_title), 'A')
    || to_tsvector(r.search_config::regconfig, r.search_text),
  decode(r.document, 'base64')
FROM jsonb_to_recordset($1::text::jsonb) AS r(
  url_key text, doc_id text, url text, text_hash text, article_hash text, input text, title text, lang text,
  outlet text, published text, pipeline_version text, facet_ids integer[], narratives text[],
  narrative_scores real[], search_config text, search_title text, search_text text, document text)
ON CONFLICT (doc_key) DO UPDATE SET
  doc_id = excluded.doc_id,
  url = coalesce(excluded.url, d.url),
  text_hash = excluded.text_hash,
  article_hash = excluded.article_hash,
  input = excluded.input,
  title = excluded.title,
  lang = excluded.lang,
  outlet = excluded.outlet,
  published = excluded.published,
  pipeline_version = excluded.pipeline_version,
  analysed_at = excluded.analysed_at,
  batch_id = excluded.batch_id,
  facet_ids = excluded.facet_ids,
  narratives = excluded.narratives,
  narrative_scores = excluded.narrative_scores,
  search_config = excluded.search_config,
  search_vector = excluded.search_vector,
  document = excluded.document
RETURNING d.id AS "storeId", d.input, (d.xmax::text = '0') AS "isNew"`

/**
 * Inserts or updates documents in one statement, keyed by URL or else by text hash, so re-ingesting an article
 * replaces it. Rows must have distinct keys (see `dedupeRows`); `facetIds` holds each row's facet value ids
 * (see `addFacetValues`), in row order.
 */
export async function upsertDocuments(
  tx: SqlQueryable,
  rows: readonly DocumentRow[],
  facetIds: readonly (readonly number[])[],
  batchId: number | null,
): Promise<UpsertOutcome[]> {
  const withUrl = rows
    .filter((row) => row.urlKey !== null)
    .map((row) => ({ url_key: row.urlKey, text_hash: row.textHash }))
  if (withUrl.length > 0) await tx.query(REKEY_BY_URL, [JSON.stringify(withUrl)])
  const payload = rows.map((row, index) => ({
    url_key: row.urlKey,
    doc_id: row.docId,
    url: row.url,
    text_hash: row.textHash,
    article_hash: row.articleHash,
    input: row.input,
    title: row.title,
    lang: row.lang,
    outlet: row.outlet,
    published: row.published,
    pipeline_version: row.pipelineVersion,
    facet_ids: facetIds[index],
    narratives: row.narratives,
    narrative_scores: row.narrativeScores,
    search_config: row.searchConfig,
    search_title: row.searchTitle,
    search_text: row.searchText,
    document: row.document,
  }))
  return tx.query<UpsertOutcome>(UPSERT, [JSON.stringify(payload), batchId])
}
