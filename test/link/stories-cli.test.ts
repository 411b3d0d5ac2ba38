import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { LinkRunSchema, StoriesResultSchema } from '../../src/contracts/link.ts'
import { runCli } from '../support/run-cli.ts'

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname
const RUN_TIMEOUT_MS = 180_000

describe('issue #5: narrascope link --db and stories over an embedded store', () => {
  let root: string
  let db: string
  let stored: number
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'narrascope-stories-'))
    db = join(root, 'store')
    const ingest = await runCli(['ingest', EXAMPLES, '--db', db, '--threads', '1'], {
      timeoutMs: RUN_TIMEOUT_MS,
    })
    expect(ingest.code, ingest.stderr).toBe(0)
    // Documents sharing a URL (the feed's teaser sits at the column's URL) are one stored document.
    stored = Number(/stored (\d+)/u.exec(ingest.stderr)?.[1])
  }, RUN_TIMEOUT_MS)
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  test('stories before any link run says how to make them', async () => {
    const { code, stderr } = await runCli(['stories', '--db', db])
    expect(code).toBe(1)
    expect(stderr).toMatch(/has no links yet: run "narrascope link --db/u)
  })

  test('link --db keeps the demo story in the store; stories --json reads it back', async () => {
    const linked = await runCli(['link', '--db', db, '--json'], { timeoutMs: RUN_TIMEOUT_MS })
    expect(linked.code, linked.stderr).toBe(0)
    const run = LinkRunSchema.parse(JSON.parse(linked.stdout))
    expect(run.documents).toBe(stored)
    const read = await runCli(['stories', '--db', db, '--json'])
    expect(read.code, read.stderr).toBe(0)
    const result = StoriesResultSchema.parse(JSON.parse(read.stdout))
    expect(result.run.id).toBe(run.id)
    expect(result.total).toBe(1)
    const [story] = result.stories
    expect(story?.languages).toEqual(['de', 'en', 'fr', 'it'])
    expect(story?.members).toHaveLength(7)
    expect(story?.members.every((member) => member.storeId !== undefined)).toBe(true)
    expect(result.edges.map((edge) => edge.kind)).toEqual(
      expect.arrayContaining(['translation', 'republication', 'excerpt', 'same-event']),
    )
    const translators = result.provenance.edges.filter((edge) => edge.role === 'translated')
    expect(translators.length).toBeGreaterThanOrEqual(3)
  })

  test('stories in text, by document, and usage errors', async () => {
    const read = await runCli(['stories', '--db', db, '--lang', 'it'])
    expect(read.code, read.stderr).toBe(0)
    expect(read.stdout).toMatch(/^1 stories/u)
    expect(read.stdout).toMatch(/Story: Karvenia and the colour revolution playbook/u)
    const none = await runCli(['stories', '--db', db, '--lang', 'ru', '--json'])
    expect(StoriesResultSchema.parse(JSON.parse(none.stdout)).stories).toEqual([])
    const bad = await runCli(['stories', '--db', db, '--limit', '0'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--limit/u)
    const both = await runCli(['link', EXAMPLES, '--db', db])
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/either inputs or --db/u)
  })
})
