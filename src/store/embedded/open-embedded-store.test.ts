import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { runStoreContract } from '../store-contract.ts'
import { openEmbeddedStore } from './open-embedded-store.ts'

const root = mkdtempSync(join(tmpdir(), 'narrascope-embedded-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

runStoreContract('embedded (PGlite in a temporary folder)', () =>
  openEmbeddedStore(join(root, 'contract')),
)

test('a second opener of the same folder is told the store is in use, and by whom', async () => {
  const dir = join(root, 'locked')
  const store = await openEmbeddedStore(dir)
  try {
    await expect(openEmbeddedStore(dir)).rejects.toThrow(
      new RegExp(`the store at ${dir} is in use by another process \\(pid ${process.pid}`, 'u'),
    )
  } finally {
    await store.close()
  }
  const reopened = await openEmbeddedStore(dir)
  await reopened.close()
})

test('a folder with other files is not taken for a store', async () => {
  const dir = join(root, 'articles')
  const file = join(dir, 'article.txt')
  rmSync(dir, { recursive: true, force: true })
  await import('node:fs').then((fs) => fs.mkdirSync(dir))
  writeFileSync(file, 'text')
  await expect(openEmbeddedStore(dir)).rejects.toThrow(/is not a Narrascope store/u)
})
