import type { Migration } from './migration.ts'

/**
 * An index on the document's own id (`AnalyzedDocument.id`), so the web UI can open a document by the id it
 * shows (`GET /api/documents?id=…`, the `id` filter) without reading the whole table.
 */
export const documentIdIndex: Migration = {
  version: 5,
  name: 'document id index',
  sql: 'CREATE INDEX documents_doc_id ON documents (doc_id);',
}
