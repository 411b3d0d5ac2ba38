import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Hono } from 'hono'
import { createApp } from '../../../src/server/app.ts'
import type { AppOptions } from '../../../src/server/app-options.ts'
import { createAnalysisPool } from '../../../src/store/ingest/create-analysis-pool.ts'
import { ingestInputs } from '../../../src/store/ingest/ingest-inputs.ts'
import { openStore } from '../../../src/store/open-store.ts'
import type { Store } from '../../../src/store/store.ts'

/** The demo corpus every seeded test store holds. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url))
/** The write token of test apps. */
export const TEST_TOKEN = 'test-token-0123456789abcdef'
// Opening a store and analysing the demo corpus loads every model: a minute or more on a loaded 2-core machine.
/** Timeout of the hooks that build a test app. */
export const SETUP_TIMEOUT_MS = 300_000

/** Authorization header with the test token. */
export const AUTH = { authorization: `Bearer ${TEST_TOKEN}` }

/** A test app over a real store, and a request function that says which address the client has. */
export interface TestApp {
  app: Hono
  store: Store
  /** app.request with the Node adapter's socket set to `remote` (loopback unless given). */
  request(path: string, init?: RequestInit, remote?: string): Promise<Response>
  close(): Promise<void>
}

/**
 * Opens a store (an embedded one in a temp folder, or `db` when given), optionally ingests the demo corpus,
 * and builds the app over it with the test token, no web UI build and analysis in this thread.
 */
export async function createTestApp(
  options: { db?: string; seed?: boolean } & Partial<Omit<AppOptions, 'store'>> = {},
): Promise<TestApp> {
  const { db, seed = true, ...appOptions } = options
  const folder = db === undefined ? await mkdtemp(join(tmpdir(), 'narrascope-api-')) : null
  const store = await openStore(db ?? join(folder!, 'store'))
  if (seed) await ingestInputs(store, [EXAMPLES_DIR], { pool: createAnalysisPool(0) })
  const { app, close } = createApp({
    store,
    token: TEST_TOKEN,
    webDist: null,
    analysisThreads: 0,
    ...appOptions,
  })
  return {
    app,
    store,
    request: (path, init, remote = '127.0.0.1') =>
      Promise.resolve(app.request(path, init, { incoming: { socket: { remoteAddress: remote } } })),
    async close() {
      await close()
      await store.close()
      if (folder !== null) await rm(folder, { recursive: true, force: true })
    },
  }
}

/** Reads a JSON answer, failing with the body when it is not JSON. */
export async function json<T = unknown>(response: Response): Promise<T> {
  const text = await response.text()
  try {
    return JSON.parse(text) as T
  } catch {
    throw new Error(`expected JSON, got ${response.status}: ${text.slice(0, 300)}`)
  }
}
