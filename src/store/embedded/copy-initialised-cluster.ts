import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'

// PGlite's package.json is not among its exports: it is read beside its entry point, two folders up.
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

/** Where initialised clusters are kept: `$NARRASCOPE_CACHE_DIR`, else the user's cache folder. */
export function clusterCacheDir(): string {
  const configured = process.env.NARRASCOPE_CACHE_DIR
  if (configured) return configured
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'narrascope')
}

/**
 * Fills `path` (which must not exist) with a freshly initialised PostgreSQL cluster copied from the cache, making
 * that cached copy first if there is none. PGlite's initdb costs about 4 s of CPU, more than everything else
 * an ingest of a few hundred documents does before its first document; a copy costs milliseconds. The cluster
 * is the one `initdb` makes, before any migration, so it depends only on the PGlite version and its start
 * parameters, which name it. Returns false, leaving PGlite to initialise `path` itself, when the cache cannot
 * be written.
 * @example
 * await copyInitialisedCluster('./narrascope-data/pgdata', PGlite.defaultStartParams)
 */
export async function copyInitialisedCluster(
  path: string,
  startParams: readonly string[],
): Promise<boolean> {
  const key = createHash('sha256').update(JSON.stringify(startParams)).digest('hex').slice(0, 12)
  const cache = clusterCacheDir()
  const cluster = join(cache, `pglite-${PGLITE_VERSION}-${key}`)
  try {
    if (!existsSync(cluster)) await initialiseCluster(cache, cluster, startParams)
    cpSync(cluster, path, { recursive: true })
    return true
  } catch {
    // A read-only or full home folder must not stop a store from being created: PGlite then runs initdb in
    // `path` itself, as it would without this cache. `path` did not exist: what is there was half-copied.
    rmSync(path, { recursive: true, force: true })
    return false
  }
}

// Built in a private folder and renamed into place, so two processes creating stores at once never see a
// half-made cluster: the slower one's rename fails and its copy is dropped.
async function initialiseCluster(
  cache: string,
  cluster: string,
  startParams: readonly string[],
): Promise<void> {
  mkdirSync(cache, { recursive: true })
  const building = mkdtempSync(join(cache, '.building-'))
  try {
    const db = await PGlite.create(join(building, 'pgdata'), { startParams: [...startParams] })
    await db.close()
    renameSync(join(building, 'pgdata'), cluster)
  } catch (error) {
    if (!existsSync(cluster)) throw error
  } finally {
    rmSync(building, { recursive: true, force: true })
  }
}
