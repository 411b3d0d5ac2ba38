import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.ts'
import { createTestDatabase, postgresSkipReason, type TestDatabase } from './support/postgres.ts'
import { acknowledgedInputs, spawnCli } from './support/spawn-cli.ts'
import { writeSyntheticJsonl } from './support/write-synthetic-jsonl.ts'

const skipReason = await postgresSkipReason()
if (skipReason) console.warn(skipReason)
const root = mkdtempSync(join(tmpdir(), 'narrascope-queue-'))
const databases: TestDatabase[] = []

afterAll(async () => {
  rmSync(root, { recursive: true, force: true })
  for (const database of databases) await database.drop()
})

async function storedIds(url: string): Promise<string[]> {
  const store = await openPostgresStore(url)
  const ids: string[] = []
  for await (const { document } of store.exportDocuments()) ids.push(document.id)
  await store.close()
  return ids
}

describe.skipIf(skipReason !== null)('scale-out: workers on a PostgreSQL queue', () => {
  test('two worker processes ingest a queued batch exactly once: no loss, no duplicate', async () => {
    const database = await createTestDatabase()
    databases.push(database)
    const input = join(root, 'batch.jsonl')
    const ids = writeSyntheticJsonl(input, 300, 21)
    const enqueue = spawnCli(['ingest', input, '--db', database.url, '--queue', '--json'])
    expect(await enqueue.exited, enqueue.stderr()).toBe(0)
    expect(enqueue.events.at(-1)).toMatchObject({ event: 'done', enqueued: 300 })

    const worker = [
      'worker',
      '--db',
      database.url,
      '--exit-when-idle',
      '--jobs-per-fetch',
      '25',
      '--json',
    ]
    const workers = [spawnCli(worker), spawnCli(worker)]
    const codes = await Promise.all(workers.map((process) => process.exited))
    expect(codes, workers.map((process) => process.stderr()).join('\n')).toEqual([0, 0])
    // Both took part, and between them every article was stored once.
    const perWorker = workers.map((process) => acknowledgedInputs(process.events))
    for (const stored of perWorker) expect(stored.length).toBeGreaterThan(0)
    expect(perWorker.flat()).toHaveLength(300)
    const stored = await storedIds(database.url)
    expect(stored.sort()).toEqual([...ids].sort())
  }, 240_000)

  test('a worker killed mid-job loses nothing: its jobs time out and another worker finishes them', async () => {
    const database = await createTestDatabase()
    databases.push(database)
    const input = join(root, 'crash.jsonl')
    const ids = writeSyntheticJsonl(input, 200, 22)
    const enqueue = spawnCli([
      'ingest',
      input,
      '--db',
      database.url,
      '--queue',
      '--job-timeout',
      '5',
    ])
    expect(await enqueue.exited, enqueue.stderr()).toBe(0)

    const doomed = spawnCli(['worker', '--db', database.url, '--jobs-per-fetch', '20', '--json'])
    await doomed.until((events) => events.some((event) => event.event === 'commit'))
    doomed.child.kill('SIGKILL')
    await doomed.exited

    const survivor = spawnCli([
      'worker',
      '--db',
      database.url,
      '--exit-when-idle',
      '--jobs-per-fetch',
      '20',
      '--maintenance-seconds',
      '1',
    ])
    expect(await survivor.exited, survivor.stderr()).toBe(0)
    const stored = await storedIds(database.url)
    expect(stored.sort()).toEqual([...ids].sort())
  }, 240_000)
})
