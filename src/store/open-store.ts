import { openEmbeddedStore } from './embedded/open-embedded-store.ts'
import { openPostgresStore } from './postgres/open-postgres-store.ts'
import type { Store } from './store.ts'

/** Where the store lives when neither --db nor NARRASCOPE_DB says. */
export const DEFAULT_STORE_DIR = './narrascope-data'

const POSTGRES_URL = /^postgres(ql)?:\/\//iu

/** True when a --db value names a PostgreSQL server rather than a folder. */
export function isPostgresUrl(location: string): boolean {
  return POSTGRES_URL.test(location)
}

/** The store location to use: the --db value, else $NARRASCOPE_DB, else ./narrascope-data. */
export function storeLocation(db: string | undefined): string {
  return db ?? process.env.NARRASCOPE_DB ?? DEFAULT_STORE_DIR
}

/**
 * Opens the store named by a --db value: a postgres:// URL, or a folder for the embedded engine. With
 * `mustExist`, an embedded store that does not exist yet is an error rather than created empty.
 * @example
 * const store = await openStore(storeLocation(values.db), { mustExist: true })
 */
export function openStore(location: string, options: { mustExist?: boolean } = {}): Promise<Store> {
  return isPostgresUrl(location)
    ? openPostgresStore(location)
    : openEmbeddedStore(location, options)
}
