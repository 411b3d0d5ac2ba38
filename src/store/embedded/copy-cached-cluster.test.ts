import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, expect, test } from 'vitest'
import { openEmbeddedStore } from './open-embedded-store.ts'

const root = mkdtempSync(join(tmpdir(), 'narrascope-cluster-cache-'))
const savedCacheDir = process.env.NARRASCOPE_CACHE_DIR
afterEach(() => {
  if (savedCacheDir === undefined) delete process.env.NARRASCOPE_CACHE_DIR
  else process.env.NARRASCOPE_CACHE_DIR = savedCacheDir
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

// Opens (so creates) the store in `dir` and records an error in it, which needs the migrated schema.
async function recordOneError(dir: string, text: string): Promise<number> {
  const store = await openEmbeddedStore(dir)
  try {
    await store.recordErrors([{ input: text, stage: 'read', code: 'test', message: text }], null)
    return (await store.listErrors()).length
  } finally {
    await store.close()
  }
}

test('new stores start from one cached cluster, made once, and each is a database of its own', async () => {
  const cache = join(root, 'cache')
  process.env.NARRASCOPE_CACHE_DIR = cache
  // A cluster left by an older version, unused for a year, goes when the current one is made.
  const stale = join(cache, 'pglite-0.0.1-0000000000000000')
  mkdirSync(stale, { recursive: true })
  utimesSync(stale, new Date('2025-01-01'), new Date('2025-01-01'))
  expect(await recordOneError(join(root, 'first'), 'first.txt')).toBe(1)
  const [cluster] = readdirSync(cache)
  expect(cluster).toMatch(/^pglite-\d+\.\d+\.\d+-[0-9a-f]{16}$/u)
  // Made once: a second build would have renamed a new folder into place.
  const made = statSync(join(cache, cluster!)).ino
  expect(await recordOneError(join(root, 'second'), 'second.txt')).toBe(1)
  expect(readdirSync(cache)).toEqual([cluster])
  expect(statSync(join(cache, cluster!)).ino).toBe(made)
})

test('a cache that cannot be made leaves PGlite to initialise the store itself', async () => {
  const notAFolder = join(root, 'not-a-folder')
  writeFileSync(notAFolder, 'a file where the cache folder would go')
  process.env.NARRASCOPE_CACHE_DIR = notAFolder
  expect(await recordOneError(join(root, 'uncached'), 'uncached.txt')).toBe(1)
  expect(existsSync(join(root, 'uncached', 'pgdata', 'PG_VERSION'))).toBe(true)
})
