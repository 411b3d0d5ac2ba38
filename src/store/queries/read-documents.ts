import type { AnalyzedDocument } from '../../contracts/document.ts'
import { decodeDocument } from '../document-codec.ts'
import type { SqlQueryable } from '../sql-client.ts'
import { documentFilterSql, type ResolvedFilter } from './document-filter-sql.ts'

/** A stored document with its store id. */
export interface StoredDocument {
  storeId: number
  document: AnalyzedDocument
}

/** One page of documents matching a filter, in store-id order after `afterId` (keyset pagination). */
export async function readDocuments(
  client: SqlQueryable,
  filter: ResolvedFilter,
  afterId: number,
  limit: number,
): Promise<StoredDocument[]> {
  const params: unknown[] = []
  const where = documentFilterSql(filter, params)
  params.push(afterId, limit)
  const rows = await client.query<{ storeId: number; document: string }>(
    `SELECT d.id AS "storeId", encode(d.document, 'base64') AS document
     FROM documents AS d
     WHERE ${where} AND d.id > $${params.length - 1}
     ORDER BY d.id LIMIT $${params.length}`,
    params,
  )
  return rows.map((row) => ({ storeId: row.storeId, document: decodeDocument(row.document) }))
}
