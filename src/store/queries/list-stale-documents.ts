import { decodeDocument } from '../document-codec.ts'
import type { SqlQueryable } from '../sql-client.ts'
import type { StoredDocument } from './read-documents.ts'

const LIST = `
SELECT d.id AS "storeId", encode(d.document, 'base64') AS document
FROM documents AS d
WHERE (d.pipeline_version <> $1 OR d.analysed_at < $2::timestamptz) AND d.id > $3
ORDER BY d.id LIMIT $4`

/**
 * Documents to re-analyse: produced by another pipeline version, or analysed before `analysedBefore` (a forced
 * re-analysis that started then), in store-id order after `afterId`.
 */
export async function listStaleDocuments(
  client: SqlQueryable,
  options: { pipelineVersion: string; analysedBefore: string; afterId: number; limit: number },
): Promise<StoredDocument[]> {
  const rows = await client.query<{ storeId: number; document: string }>(LIST, [
    options.pipelineVersion,
    options.analysedBefore,
    options.afterId,
    options.limit,
  ])
  return rows.map((row) => ({ storeId: row.storeId, document: decodeDocument(row.document) }))
}
