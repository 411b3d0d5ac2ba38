import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { analyzeArticle } from '../../src/analyze/analyze-article.ts'
import { AnalyzedDocumentSchema } from '../../src/contracts/document.ts'
import {
  CorpusStatsSchema,
  IngestErrorSchema,
  SearchResultSchema,
} from '../../src/contracts/store.ts'
import { PIPELINE_VERSION } from '../../src/pipeline/create-pipeline.ts'
import { toDocumentRow } from '../../src/store/document-row.ts'
import { openEmbeddedStore } from '../../src/store/embedded/open-embedded-store.ts'
import { runCli } from '../support/run-cli.ts'

const FRENCH =
  'Des milliers de manifestants ont défilé à Almaty mercredi. Les manifestations contre la hausse du prix du gaz se poursuivent, a déclaré Tokaïev lors de l’élection.'
const ENGLISH =
  'Thousands of protesters marched in Almaty on Wednesday. President Tokayev said the protests were organised from abroad.'
const RUN_TIMEOUT_MS = 180_000

describe('narrascope ingest / search / stats / export / errors on an embedded store', () => {
  let root: string
  let db: string
  let inputs: string
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'narrascope-cli-'))
    db = join(root, 'store')
    inputs = join(root, 'inputs')
    mkdirSync(inputs)
    writeFileSync(join(inputs, 'fr.txt'), FRENCH)
    writeFileSync(
      join(inputs, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 0]),
    )
    writeFileSync(
      join(inputs, 'records.jsonl'),
      `${JSON.stringify({ id: 'en-1', url: 'https://northern-post.example/almaty', outlet: 'Northern Post', published: '2022-01-06', text: ENGLISH })}\n{"id": "broken", "text": \n${JSON.stringify({ id: 'no-text' })}\n`,
    )
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  test(
    'bad inputs are recorded with their error and the rest of the batch is stored',
    async () => {
      const result = await runCli(['ingest', inputs, '--db', db, '--threads', '1'], {
        timeoutMs: RUN_TIMEOUT_MS,
      })
      expect(result.code, result.stderr).toBe(1)
      expect(result.stderr).toMatch(/stored 2, skipped 0 already stored, failed 3/u)
      const errors = await runCli(['errors', '--db', db, '--json'], { timeoutMs: RUN_TIMEOUT_MS })
      const listed = errors.stdout
        .trim()
        .split('\n')
        .map((line) => IngestErrorSchema.parse(JSON.parse(line)))
      expect(listed.map((error) => [error.stage, error.code]).sort()).toEqual([
        ['read', 'binary'],
        ['read', 'invalid_record'],
        ['read', 'malformed_json'],
      ])
      expect(listed.map((error) => error.input)).toContain(`${join(inputs, 'records.jsonl')}:2`)
    },
    RUN_TIMEOUT_MS,
  )

  test(
    'ingesting the same inputs again stores nothing twice',
    async () => {
      const result = await runCli(['ingest', inputs, '--db', db, '--threads', '0'], {
        timeoutMs: RUN_TIMEOUT_MS,
      })
      expect(result.stderr).toMatch(/stored 0, skipped 2 already stored, failed 3/u)
      const stats = CorpusStatsSchema.parse(
        JSON.parse((await runCli(['stats', '--db', db, '--json'])).stdout),
      )
      expect(stats.documents).toBe(2)
      expect(stats.batches).toEqual({ total: 2, running: 0 })
    },
    RUN_TIMEOUT_MS,
  )

  test(
    'search: stemmed, accent-folded, highlighted, with facets, as JSON or text',
    async () => {
      const json = await runCli(['search', 'manifestation election', '--db', db, '--json'])
      expect(json.code, json.stderr).toBe(0)
      const result = SearchResultSchema.parse(JSON.parse(json.stdout))
      expect(result.total).toBe(1)
      expect(result.facets.lang).toEqual([{ value: 'fr', count: 1 }])
      const text = await runCli(['search', 'protesters', '--entity', 'Tokaïev', '--db', db])
      expect(text.stdout).toMatch(/^1 documents match "protesters"/u)
      expect(text.stdout).toContain('**protesters**')
      // The record has no title: it is listed under its first sentence, quoted and marked.
      expect(text.stdout).toContain(
        '1. “Thousands of protesters marched in Almaty on Wednesday.” (no title) (Northern Post, en,',
      )
      expect(text.stdout).toMatch(/outlet +Northern Post 1/u)
    },
    RUN_TIMEOUT_MS,
  )

  test(
    'reading commands do not create a store where there is none',
    async () => {
      const missing = join(root, 'missing')
      const result = await runCli(['search', 'x', '--db', missing])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`there is no store at ${missing} yet`)
    },
    RUN_TIMEOUT_MS,
  )

  test('bad filter values are usage errors', async () => {
    const result = await runCli(['search', 'x', '--from', '2022-13', '--db', db])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--from: expected YYYY-MM-DD/u)
  })

  test(
    'export: JSONL documents of the analyse contract, or CSV rows, for the corpus or a search',
    async () => {
      const jsonl = await runCli(['export', '--db', db, '--format', 'jsonl'])
      const documents = jsonl.stdout
        .trim()
        .split('\n')
        .map((line) => AnalyzedDocumentSchema.parse(JSON.parse(line)))
      expect(documents.map((document) => document.lang).sort()).toEqual(['en', 'fr'])
      const csv = await runCli(['export', 'protest', '--db', db, '--format', 'csv'])
      const [header, row, extra] = csv.stdout.trim().split('\n')
      expect(header).toMatch(
        /^store_id,id,url,title,lang,outlet,published,pipeline_version,entities/u,
      )
      expect(row).toMatch(/,en-1,https:\/\/northern-post\.example\/almaty,/u)
      expect(extra).toBeUndefined()
    },
    RUN_TIMEOUT_MS,
  )

  test(
    '--reanalyse re-runs the pipeline over documents of another version',
    async () => {
      const store = await openEmbeddedStore(db)
      const article = {
        id: 'old-1',
        title: null,
        text: 'Le gouvernement a prolongé le couvre-feu à Almaty jusqu’à lundi.',
        source: { input: 'old.txt', format: 'text' as const },
      }
      const old = { ...analyzeArticle(article), pipeline: { version: '0.0.1', components: [] } }
      const written = await store.writeDocuments([toDocumentRow(article, old)], null)
      const oldStoreId = written.stored[0]?.storeId
      await store.close()
      const result = await runCli(['ingest', '--reanalyse', '--db', db, '--threads', '0'], {
        timeoutMs: RUN_TIMEOUT_MS,
      })
      expect(result.code, result.stderr).toBe(0)
      expect(result.stderr).toMatch(/stored 1, /u)
      const all = await runCli(['ingest', '--reanalyse', '--all', '--db', db, '--threads', '0'], {
        timeoutMs: RUN_TIMEOUT_MS,
      })
      expect(all.stderr).toMatch(/stored 3, /u)
      // Each document keeps the version that made its annotations: now the current one, under the same id.
      const reopened = await openEmbeddedStore(db)
      try {
        expect((await reopened.stats()).pipelineVersions).toEqual([
          { value: PIPELINE_VERSION, count: 3 },
        ])
        const stored = []
        for await (const entry of reopened.exportDocuments()) stored.push(entry)
        const redone = stored.find((entry) => entry.document.id === 'old-1')
        expect(redone?.document.pipeline.version).toBe(PIPELINE_VERSION)
        expect(redone?.storeId).toBe(oldStoreId)
      } finally {
        await reopened.close()
      }
    },
    RUN_TIMEOUT_MS,
  )

  test(
    'a store in use is named in a clear error',
    async () => {
      const store = await openEmbeddedStore(db)
      try {
        const result = await runCli(['search', 'x', '--db', db])
        expect(result.code).toBe(1)
        expect(result.stderr).toContain(`the store at ${db} is in use by another process`)
      } finally {
        await store.close()
      }
    },
    RUN_TIMEOUT_MS,
  )
})
