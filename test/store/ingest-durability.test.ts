import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { openStore } from '../../src/store/open-store.ts'
import { createTestDatabase, postgresSkipReason, type TestDatabase } from './support/postgres.ts'
import { acknowledgedInputs, spawnCli } from './support/spawn-cli.ts'
import { syntheticArticles } from './support/synthetic-articles.ts'
import { writeSyntheticJsonl } from './support/write-synthetic-jsonl.ts'

// Ten commits of 40: enough to kill between, and during, writes.
const ARTICLES = 400
const COMMIT_SIZE = '40'
const root = mkdtempSync(join(tmpdir(), 'narrascope-durability-'))
const input = join(root, 'articles.jsonl')
writeSyntheticJsonl(input, ARTICLES, 11)
const texts = new Map(
  [...syntheticArticles(ARTICLES, 11)].map((article) => [article.id, article.text]),
)
const skipReason = await postgresSkipReason()
if (skipReason) console.warn(skipReason)
const databases: TestDatabase[] = []

afterAll(async () => {
  rmSync(root, { recursive: true, force: true })
  for (const database of databases) await database.drop()
})

async function killMidBatchThenResume(db: string): Promise<void> {
  const args = [
    'ingest',
    input,
    '--db',
    db,
    '--json',
    '--threads',
    '2',
    '--commit-size',
    COMMIT_SIZE,
  ]
  // First run: killed right after its second acknowledgement, while the third batch is in flight.
  const first = spawnCli(args)
  await first.until((events) => events.filter((event) => event.event === 'commit').length >= 2)
  first.child.kill('SIGKILL')
  expect(await first.exited).toBeNull()
  const acknowledged = acknowledgedInputs(first.events)
  expect(acknowledged.length).toBeGreaterThanOrEqual(80)

  // Every acknowledged document is there, whole; nothing is half-written.
  const store = await openStore(db)
  const stored = new Map<string, string>()
  for await (const { document } of store.exportDocuments()) {
    expect(stored.has(document.id), `${document.id} stored twice`).toBe(false)
    expect(document.text).toBe(texts.get(document.id))
    expect(document.pipeline.version).toBeTruthy()
    stored.set(document.source.input, document.id)
  }
  for (const name of acknowledged)
    expect(stored.has(name), `${name} acknowledged but lost`).toBe(true)
  await store.close()

  // Second run, killed at a less convenient moment: soon after it starts writing.
  const second = spawnCli(args)
  await second.until((events) => events.some((event) => event.event === 'commit'))
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 300))
  second.child.kill('SIGKILL')
  await second.exited

  // The third run resumes the same batch, skips what is stored and finishes the rest.
  const third = spawnCli(args)
  expect(await third.exited, third.stderr()).toBe(0)
  const done = third.events.find((event) => event.event === 'done')
  expect(done).toMatchObject({ resumed: true, failed: 0 })
  expect(done?.skipped as number).toBeGreaterThanOrEqual(acknowledged.length)

  const after = await openStore(db)
  const ids: string[] = []
  for await (const { document } of after.exportDocuments()) ids.push(document.id)
  expect(ids).toHaveLength(ARTICLES)
  expect(new Set(ids).size).toBe(ARTICLES)
  const stats = await after.stats()
  expect(stats.batches).toEqual({ total: 1, running: 0 })
  await after.close()
}

describe('durability: ingest killed with SIGKILL mid-batch, then resumed', () => {
  test('embedded store (PGlite folder)', async () => {
    await killMidBatchThenResume(join(root, 'store'))
  }, 240_000)

  test.skipIf(skipReason !== null)(
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase()
      databases.push(database)
      await killMidBatchThenResume(database.url)
    },
    240_000,
  )
})
