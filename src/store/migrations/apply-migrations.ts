import type { SqlClient } from '../sql-client.ts'
import { StoreError } from '../store-error.ts'
import type { Migration } from './migration.ts'
import { MIGRATIONS } from './migrations.ts'

// Any constant works; it serialises concurrent openers (two workers starting at once) on one database.
const MIGRATION_LOCK_KEY = 7_310_421

/**
 * Brings the schema up to date: applies, in one transaction each, the migrations not yet recorded. Safe to call
 * from several processes at once (an advisory lock serialises them). `migrations` is every one by default; a
 * test may stop short of the latest to build a store as an earlier version left it.
 * @example
 * await applyMigrations(client) // [] when the schema was current
 */
export async function applyMigrations(
  client: SqlClient,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const applied: number[] = []
  for (const migration of migrations) {
    const didApply = await client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
      await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now())`)
      const done = await tx.query<{ version: number }>(
        'SELECT version FROM schema_migrations WHERE version = $1',
        [migration.version],
      )
      if (done.length > 0) return false
      try {
        await tx.exec(migration.sql)
      } catch (error) {
        throw new StoreError(
          'migration_failed',
          `schema migration ${migration.version} (${migration.name}) failed: ${describe(error)}`,
          { cause: error },
        )
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ])
      return true
    })
    if (!didApply) continue
    applied.push(migration.version)
    for (const statement of migration.afterCommit ?? []) await client.exec(statement)
  }
  return applied
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // The unaccent dictionary ships with PostgreSQL's contrib modules, which some server installs leave out.
  if (/unaccent/u.test(message))
    return `${message}. The store needs the "unaccent" extension: install PostgreSQL's contrib package (postgresql-contrib) on the server.`
  return message
}
