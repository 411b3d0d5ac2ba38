import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { createSqlStore } from '../create-sql-store.ts'
import { applyMigrations } from '../migrations/apply-migrations.ts'
import { MIGRATIONS } from '../migrations/migrations.ts'
import type { Store } from '../store.ts'
import { StoreError } from '../store-error.ts'
import { acquireStoreLock, LOCK_FILE } from './acquire-store-lock.ts'
import { type ClusterRecipe, copyCachedCluster } from './copy-cached-cluster.ts'
import { pgliteClient } from './pglite-client.ts'

// PGlite's package.json is not among its exports: it is read beside its entry point, a folder up.
const PGLITE_VERSION = (
  JSON.parse(
    readFileSync(
      join(
        dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')),
        '../package.json',
      ),
      'utf8',
    ),
  ) as { version: string }
).version

/** The database files' folder inside a store folder. */
const DATA_FOLDER = 'pgdata'
// PostgreSQL keeps up to max_wal_size (1 GB by default) of WAL between checkpoints, which on a laptop store
// is more than the documents themselves; these bound it. Given at start-up, after PGlite's own parameters.
const START_PARAMS = [
  ...PGlite.defaultStartParams,
  ...['-c', 'max_wal_size=256MB', '-c', 'min_wal_size=32MB'],
]

const PGLITE_OPTIONS = { extensions: { unaccent }, startParams: START_PARAMS }

// A new store is a copy of a cluster initialised and migrated once per machine (see copyCachedCluster), named
// after everything that shapes it.
const NEW_STORE: ClusterRecipe = {
  name: `pglite-${PGLITE_VERSION}-${createHash('sha256')
    .update(JSON.stringify([START_PARAMS, MIGRATIONS]))
    .digest('hex')
    .slice(0, 16)}`,
  async build(dataDir) {
    const db = await PGlite.create(dataDir, PGLITE_OPTIONS)
    await applyMigrations(pgliteClient(db))
    await db.close()
  },
}

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
    if (!existsSync(path)) await copyCachedCluster(path, NEW_STORE)
    const db = await PGlite.create(path, PGLITE_OPTIONS)
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
