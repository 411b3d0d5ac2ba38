import type { SqlClient } from '../sql-client.ts'

// Two workers finishing at once must not ANALYZE the same table together ("tuple concurrently updated"):
// whoever holds this lock refreshes, the other skips.
const REFRESH_LOCK_KEY = 7_310_422

// New index entries wait in each GIN index's pending list (fast inserts), which every search must scan
// linearly; PGlite has no autovacuum to merge them or to gather planner statistics, and without statistics
// the planner may scan the whole table instead of an index.
const CLEAN_PENDING = `SELECT gin_clean_pending_list('documents_search'::regclass),
  gin_clean_pending_list('documents_facets'::regclass)`
const ANALYZE = ['ANALYZE documents', 'ANALYZE entity_names', 'ANALYZE facet_values']
// PostgreSQL's autovacuum rule: statistics are redone once 50 rows plus 10 % of the table have changed. A
// small batch into a large store keeps the statistics it has (ANALYZE samples 30 000 rows: seconds).
const ANALYZE_BASE_ROWS = 50
const ANALYZE_SHARE = 0.1
// reltuples is -1 before the first ANALYZE.
const TABLE_SIZE = `SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = 'documents'::regclass`

/**
 * Merges pending full-text index entries and, when `changedDocuments` is a large enough share of the store,
 * refreshes planner statistics; run after a batch.
 */
export async function refreshSearchIndex(
  client: SqlClient,
  changedDocuments: number,
): Promise<void> {
  await client.transaction(async (tx) => {
    const [lock] = await tx.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_xact_lock($1) AS locked',
      [REFRESH_LOCK_KEY],
    )
    if (!lock?.locked) return
    await tx.query(CLEAN_PENDING)
    const [table] = await tx.query<{ rows: number }>(TABLE_SIZE)
    const rows = table?.rows ?? -1
    if (rows >= 0 && changedDocuments < ANALYZE_BASE_ROWS + ANALYZE_SHARE * rows) return
    for (const statement of ANALYZE) await tx.query(statement)
  })
}
