import type { Store } from '../store/store.ts'

/** How an app is built: its store, its token and its limits; every limit has a default. */
export interface AppOptions {
  store: Store
  /** The bearer token write endpoints require (and read endpoints, off loopback, unless public). */
  token: string
  /** Read endpoints open to any client, not only loopback ones. */
  isPublic?: boolean
  /** The built web UI; null serves the "run npm run build:web" page. */
  webDist?: string | null
  /** Analysis threads for analyse, upload and ingest (0: analyse in the server's own thread). */
  analysisThreads?: number
  maxJsonBytes?: number
  maxUploadBytes?: number
  /** A request still unanswered after this is answered 504 (its work is not cancelled). */
  requestTimeoutMs?: number
  /** Deadline of one URL fetch by analyse or ingest. */
  fetchTimeoutMs?: number
  /** Folders whose files ingest may read by path; empty: URLs only. */
  ingestRoots?: readonly string[]
  /** Let URL fetches reach private and loopback addresses (tests, intranets). */
  allowPrivateNetwork?: boolean
  /** Check every JSON answer against its schema (cheap; off only to measure its cost). */
  validateResponses?: boolean
}

/** Defaults of the optional limits. */
export const APP_DEFAULTS = {
  isPublic: false,
  analysisThreads: 1,
  maxJsonBytes: 5 * 1024 * 1024,
  maxUploadBytes: 50 * 1024 * 1024,
  requestTimeoutMs: 120_000,
  fetchTimeoutMs: 15_000,
  ingestRoots: [] as readonly string[],
  allowPrivateNetwork: false,
  validateResponses: true,
} as const
