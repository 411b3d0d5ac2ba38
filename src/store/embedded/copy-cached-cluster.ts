import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

// A cached cluster nobody has copied for this long belongs to an old version of the code or of PGlite.
const UNUSED_FOR_MS = 30 * 24 * 3600 * 1000

/** Where prepared clusters are kept: `$NARRASCOPE_CACHE_DIR`, else the user's cache folder. */
export function clusterCacheDir(): string {
  const configured = process.env.NARRASCOPE_CACHE_DIR
  if (configured) return configured
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'narrascope')
}

/** How to make the cluster a new store starts from, and the name that says what it holds. */
export interface ClusterRecipe {
  /** Changes whenever what `build` makes would change (PGlite version, parameters, migrations). */
  name: string
  /** Creates the cluster in `dataDir` (which does not exist yet) and shuts it down cleanly. */
  build(dataDir: string): Promise<void>
}

/**
 * Fills `path` (which must not exist) with a copy of the cluster `recipe` names, kept in the cache, building
 * it there first if it is missing. A new embedded store otherwise costs PGlite's initdb and every migration,
 * about 3 s of CPU, more than an ingest of a few hundred documents spends before its first one; a copy costs
 * a fraction of a second. Returns false, leaving `path` absent, when the cache cannot be made or read: the
 * caller then creates the store the slow way.
 * @example
 * await copyCachedCluster('./narrascope-data/pgdata', { name: 'pglite-0.5.16-…', build })
 */
export async function copyCachedCluster(path: string, recipe: ClusterRecipe): Promise<boolean> {
  const cache = clusterCacheDir()
  const cluster = join(cache, recipe.name)
  try {
    if (!existsSync(cluster)) {
      await buildCluster(cache, cluster, recipe)
      forgetUnusedClusters(cache, cluster)
    }
    cpSync(cluster, path, { recursive: true })
    const now = new Date()
    utimesSync(cluster, now, now)
    return true
  } catch {
    // A read-only or full home folder must not stop a store from being created: the caller makes it in
    // `path` itself, as without this cache. `path` did not exist: what is there was half-copied.
    rmSync(path, { recursive: true, force: true })
    return false
  }
}

// Built in a private folder and renamed into place, so two processes creating stores at once never see a
// half-made cluster: the slower one's rename fails and its copy is dropped.
async function buildCluster(cache: string, cluster: string, recipe: ClusterRecipe): Promise<void> {
  mkdirSync(cache, { recursive: true })
  const building = mkdtempSync(join(cache, '.building-'))
  try {
    await recipe.build(join(building, 'pgdata'))
    renameSync(join(building, 'pgdata'), cluster)
  } catch (error) {
    if (!existsSync(cluster)) throw error
  } finally {
    rmSync(building, { recursive: true, force: true })
  }
}

function forgetUnusedClusters(cache: string, keep: string): void {
  for (const name of readdirSync(cache)) {
    const path = join(cache, name)
    if (path !== keep && statSync(path).mtimeMs < Date.now() - UNUSED_FOR_MS)
      rmSync(path, { recursive: true, force: true })
  }
}
