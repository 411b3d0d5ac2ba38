import { decodeDocument } from '../document-codec.ts'
import type { SqlQueryable } from '../sql-client.ts'
import type { StoredDocument } from './read-documents.ts'

const GET = `
SELECT d.id AS "storeId", encode(d.document, 'base64') AS document
FROM documents AS d WHERE d.id = ANY($1::integer[])`

/** The stored documents with these store ids (in no particular order; missing ids are left out). */
export async function getDocuments(
  client: SqlQueryable,
  storeIds: readonly number[],
): Promise<StoredDocument[]> {
  if (storeIds.length === 0) return []
  const rows = await client.query<{ storeId: number; document: string }>(GET, [storeIds])
  return rows.map((row) => ({ storeId: row.storeId, document: decodeDocument(row.document) }))
}
