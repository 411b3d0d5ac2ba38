import { afterAll, describe, expect, test } from 'vitest'
import {
  createTestDatabase,
  postgresSkipReason,
  type TestDatabase,
} from '../../../test/store/support/postgres.ts'
import { runStoreContract } from '../store-contract.ts'
import { openPostgresStore } from './open-postgres-store.ts'

const skipReason = await postgresSkipReason()
if (skipReason) console.warn(skipReason)

const databases: TestDatabase[] = []
afterAll(async () => {
  for (const database of databases) await database.drop()
})

describe.skipIf(skipReason !== null)('PostgreSQL', () => {
  runStoreContract('PostgreSQL server', async () => {
    const database = await createTestDatabase()
    databases.push(database)
    return openPostgresStore(database.url)
  })

  test('migrations are applied once, even by several openers at the same time', async () => {
    const database = await createTestDatabase()
    databases.push(database)
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(database.url)))
    for (const store of stores) await store.close()
    const again = await openPostgresStore(database.url)
    expect((await again.stats()).documents).toBe(0)
    await again.close()
  })

  test('an unreachable server is named in the error, without its password', async () => {
    await expect(openPostgresStore('postgres://someone:secret@127.0.0.1:1/none')).rejects.toThrow(
      /cannot reach PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/none/u,
    )
  })
})
