import type { SqlClient } from '../sql-client.ts'

// Two workers finishing at once must not ANALYZE the same table together ("tuple concurrently updated"):
// whoever holds this lock refreshes, the other skips.
const REFRESH_LOCK_KEY = 7_310_422

// New index entries wait in each GIN index's pending list (fast inserts), which every search must scan
// linearly; PGlite has no autovacuum to merge them or to gather planner statistics, and without statistics
// the planner may scan the whole table instead of the full-text index.
const REFRESH = [
  `SELECT gin_clean_pending_list('documents_search'::regclass),
     gin_clean_pending_list('documents_entities'::regclass),
     gin_clean_pending_list('documents_techniques'::regclass),
     gin_clean_pending_list('documents_narratives'::regclass)`,
  'ANALYZE documents',
  'ANALYZE entity_names',
]

/** Merges pending full-text index entries and refreshes planner statistics; run after a batch. */
export async function refreshSearchIndex(client: SqlClient): Promise<void> {
  await client.transaction(async (tx) => {
    const [lock] = await tx.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_xact_lock($1) AS locked',
      [REFRESH_LOCK_KEY],
    )
    if (!lock?.locked) return
    for (const statement of REFRESH) await tx.query(statement)
  })
}
