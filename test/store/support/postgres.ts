import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The PostgreSQL server tests use: $NARRASCOPE_TEST_PG_URL, else the CI default (trust auth, database test). */
export const TEST_PG_URL =
  process.env.NARRASCOPE_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/test'

const PROBE_TIMEOUT_MS = 3000

/** Why PostgreSQL tests are skipped, or null when the server answers. */
export async function postgresSkipReason(): Promise<string | null> {
  const client = new pg.Client({
    connectionString: TEST_PG_URL,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
  })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return null
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return `PostgreSQL tests skipped: no server answers at ${TEST_PG_URL} (${reason}). Set NARRASCOPE_TEST_PG_URL or run .ci/run, which starts one.`
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** A database made for one test file, and how to drop it. */
export interface TestDatabase {
  url: string
  drop(): Promise<void>
}

/** Creates a fresh database (narrascope_test_<random>) on the test server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `narrascope_test_${randomBytes(6).toString('hex')}`
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(TEST_PG_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
