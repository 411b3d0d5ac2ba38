import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { createSqlStore } from '../create-sql-store.ts'
import { applyMigrations } from '../migrations/apply-migrations.ts'
import type { Store } from '../store.ts'
import { StoreError } from '../store-error.ts'
import { acquireStoreLock, LOCK_FILE } from './acquire-store-lock.ts'
import { copyInitialisedCluster } from './copy-initialised-cluster.ts'
import { pgliteClient } from './pglite-client.ts'

/** The database files' folder inside a store folder. */
const DATA_FOLDER = 'pgdata'
// PostgreSQL keeps up to max_wal_size (1 GB by default) of WAL between checkpoints, which on a laptop store
// is more than the documents themselves; these bound it. Given at start-up, after PGlite's own parameters.
const START_PARAMS = [
  ...PGlite.defaultStartParams,
  ...['-c', 'max_wal_size=256MB', '-c', 'min_wal_size=32MB'],
]

/**
 * Opens (creating it if needed) the embedded store in a folder: PGlite, PostgreSQL compiled to WebAssembly,
 * so the embedded and server stores run the same SQL. One process at a time: a lock file says who holds it.
 *
 * Durability: a transaction is acknowledged after PostgreSQL wrote its WAL with write(2), so it survives the
 * process being killed (SIGKILL, crash). PGlite runs with fsync off, so an operating-system crash or a power
 * cut may lose the last seconds; use PostgreSQL where that matters.
 * With `mustExist`, a missing store is an error instead of being created (commands that only read).
 * @example
 * const store = await openEmbeddedStore('./narrascope-data')
 */
export async function openEmbeddedStore(
  dir: string,
  options: { mustExist?: boolean } = {},
): Promise<Store> {
  if (options.mustExist && !existsSync(join(dir, DATA_FOLDER))) {
    throw new StoreError(
      'store_invalid',
      `there is no store at ${dir} yet: "narrascope ingest" creates it (or give --db the store to use)`,
    )
  }
  if (existsSync(dir)) {
    const entries = readdirSync(dir)
    if (entries.length > 0 && !entries.includes(DATA_FOLDER) && !entries.includes(LOCK_FILE)) {
      throw new StoreError(
        'store_invalid',
        `${dir} is not a Narrascope store (it has files but no ${DATA_FOLDER}/ folder). Give --db a new or empty folder.`,
      )
    }
  }
  const lock = acquireStoreLock(dir)
  try {
    const path = join(dir, DATA_FOLDER)
    if (!existsSync(path)) await copyInitialisedCluster(path, START_PARAMS)
    const db = await PGlite.create(path, { extensions: { unaccent }, startParams: START_PARAMS })
    const client = pgliteClient(db)
    await applyMigrations(client)
    return createSqlStore(client, {
      engine: 'embedded',
      location: dir,
      // PGlite has no checkpointer process on a timer: checkpoint after a batch, so the next open replays
      // little WAL and old WAL segments can be recycled.
      afterBatch: () => client.exec('CHECKPOINT'),
      onClose: async () => lock.release(),
    })
  } catch (error) {
    lock.release()
    throw error
  }
}
