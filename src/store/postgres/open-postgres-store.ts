import pg from 'pg'
import { createSqlStore } from '../create-sql-store.ts'
import { applyMigrations } from '../migrations/apply-migrations.ts'
import type { Store } from '../store.ts'
import { StoreError } from '../store-error.ts'
import { pgClient } from './pg-client.ts'
import { redactUrl } from './redact-url.ts'

// Search runs its page, facet and snippet queries side by side; a worker writes on one connection.
const POOL_SIZE = 4
const CONNECT_TIMEOUT_MS = 10_000

/**
 * Opens the store in a PostgreSQL database, applying any schema migration not yet applied. Any number of
 * processes may open the same database at once.
 * @example
 * const store = await openPostgresStore('postgres://narrascope@db.internal/corpus')
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const location = redactUrl(url)
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'narrascope',
  })
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined)
  const client = pgClient(pool)
  try {
    await client.query('SELECT 1')
  } catch (error) {
    await pool.end()
    const reason = error instanceof Error ? error.message : String(error)
    throw new StoreError('store_unreachable', `cannot reach PostgreSQL at ${location}: ${reason}`, {
      cause: error,
    })
  }
  try {
    await applyMigrations(client)
  } catch (error) {
    await pool.end()
    throw error
  }
  return createSqlStore(client, { engine: 'postgres', location })
}
