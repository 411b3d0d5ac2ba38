import { loadCatalog } from '../catalog/load-catalog.ts'
import type { CatalogNarrative } from '../contracts/catalog.ts'
import type { ReadOptions } from '../ingest/read-options.ts'
import { type AnalysisPool, createAnalysisPool } from '../store/ingest/create-analysis-pool.ts'
import type { Store } from '../store/store.ts'
import type { AppOptions } from './app-options.ts'

/** What route handlers share: the store, the analysis threads, the catalogue and the limits on reading. */
export interface ServerServices {
  readonly store: Store
  readonly options: Readonly<Required<Omit<AppOptions, 'store' | 'token' | 'webDist'>>>
  /** Read options for URL fetches: private addresses refused unless the server allows them. */
  readonly readOptions: ReadOptions
  /** The analysis threads, started on first use so a read-only server never starts them. */
  analysisPool(): AnalysisPool
  /** The narrative catalogue, loaded once. */
  catalog(): readonly CatalogNarrative[]
  close(): Promise<void>
}

/** Creates the services of one app; `close` stops the analysis threads (the caller closes the store). */
export function createServerServices(
  store: Store,
  options: ServerServices['options'],
): ServerServices {
  let pool: AnalysisPool | undefined
  let narratives: readonly CatalogNarrative[] | undefined
  return {
    store,
    options,
    readOptions: {
      maxBytes: options.maxUploadBytes,
      allowPrivateNetwork: options.allowPrivateNetwork,
      fetchTimeoutMs: options.fetchTimeoutMs,
    },
    analysisPool() {
      pool ??= createAnalysisPool(options.analysisThreads)
      return pool
    },
    catalog() {
      narratives ??= loadCatalog().narratives
      return narratives
    },
    async close() {
      await pool?.close()
      pool = undefined
    },
  }
}
