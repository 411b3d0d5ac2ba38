import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { afterAll, expect, test } from 'vitest'
import { analyzeArticle } from '../../src/analyze/analyze-article.ts'
import type { ExtractedArticle } from '../../src/contracts/source.ts'
import { toDocumentRow } from '../../src/store/document-row.ts'
import { openEmbeddedStore } from '../../src/store/embedded/open-embedded-store.ts'
import { pgliteClient } from '../../src/store/embedded/pglite-client.ts'
import { applyMigrations } from '../../src/store/migrations/apply-migrations.ts'
import { MIGRATIONS } from '../../src/store/migrations/migrations.ts'
import { addEntityNames } from '../../src/store/queries/add-entity-names.ts'

const root = mkdtempSync(join(tmpdir(), 'narrascope-migration-6-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const ARTICLES: ExtractedArticle[] = [
  {
    id: 'fr-1',
    title: 'Almaty',
    text: 'Des milliers de manifestants ont défilé à Almaty. Les manifestations se poursuivent, a déclaré Tokaïev.',
    source: {
      input: 'fr-1.txt',
      format: 'text',
      outlet: 'Le Phare',
      published: '2022-01-05',
      url: 'https://le-phare.example/fr-1',
    },
  },
  {
    id: 'en-1',
    title: null,
    text: 'Thousands of protesters marched in Almaty. President Tokayev said the protests were organised from abroad.',
    source: {
      input: 'en-1.txt',
      format: 'text',
      outlet: 'Northern Post',
      published: '2022-02-06',
      url: 'https://northern-post.example/en-1',
    },
  },
]

// The row as the store wrote it before migration 6 (its entity spellings are written as they were then, by
// addEntityNames): entities and techniques as text arrays, no facet ids.
const INSERT_BEFORE_6 = `
INSERT INTO documents (doc_key, doc_id, url, text_hash, article_hash, input, title, lang, outlet, published,
  pipeline_version, entities, techniques, narratives, narrative_scores, search_config, search_vector, document)
SELECT 'url:' || r.url, r.doc_id, r.url, r.text_hash, r.article_hash, r.input, r.title, r.lang, r.outlet,
  r.published::date, r.pipeline_version, r.entities, r.techniques, r.narratives, r.narrative_scores,
  r.search_config, to_tsvector(r.search_config::regconfig, r.search_text), decode(r.document, 'base64')
FROM jsonb_to_recordset($1::text::jsonb) AS r(url text, doc_id text, text_hash text, article_hash text,
  input text, title text, lang text, outlet text, published text, pipeline_version text, entities text[],
  techniques text[], narratives text[], narrative_scores real[], search_config text, search_text text,
  document text)`

test('migration 6 gives the documents stored before it their facet ids: same facets, same filters', async () => {
  const dir = join(root, 'store')
  const rows = ARTICLES.map((article) => toDocumentRow(article, analyzeArticle(article)))
  // The techniques are set, not left to the model: the migration is tested, not what the model finds.
  rows[0]!.techniques = []
  rows[1]!.techniques = ['Loaded_Language']
  rows[1]!.narratives = ['tl.alpha']
  rows[1]!.narrativeScores = [0.7]
  mkdirSync(dir)
  const db = await PGlite.create(join(dir, 'pgdata'), { extensions: { unaccent } })
  const client = pgliteClient(db)
  await applyMigrations(
    client,
    MIGRATIONS.filter((migration) => migration.version < 6),
  )
  await client.query(INSERT_BEFORE_6, [
    JSON.stringify(
      rows.map((row) => ({
        ...row,
        doc_id: row.docId,
        text_hash: row.textHash,
        article_hash: row.articleHash,
        pipeline_version: row.pipelineVersion,
        narrative_scores: row.narrativeScores,
        search_config: row.searchConfig,
        search_text: row.searchText,
      })),
    ),
  ])
  await addEntityNames(
    client,
    rows.flatMap((row) => row.entityNames),
  )
  await db.close()

  const store = await openEmbeddedStore(dir)
  try {
    const { facets, documents } = await store.stats()
    expect(documents).toBe(2)
    expect(facets.lang).toEqual([
      { value: 'en', count: 1 },
      { value: 'fr', count: 1 },
    ])
    expect(facets.outlet.map((facet) => facet.value)).toEqual(['Le Phare', 'Northern Post'])
    expect(facets.month).toEqual([
      { value: '2022-01', count: 1 },
      { value: '2022-02', count: 1 },
    ])
    expect(facets.technique).toEqual([{ value: 'Loaded_Language', count: 1 }])
    expect(facets.narrative).toEqual([{ value: 'tl.alpha', count: 1 }])
    const entities = new Set(rows.flatMap((row) => row.entities))
    expect(facets.entity.map((facet) => facet.value).sort()).toEqual([...entities].sort())
    const ids = async (filter: Parameters<typeof store.search>[0]) =>
      (await store.search(filter)).hits.map((hit) => hit.id).sort()
    expect(await ids({ entity: 'Tokayev' })).toEqual(['en-1', 'fr-1'])
    expect(await ids({ technique: 'Loaded_Language' })).toEqual(['en-1'])
    expect(await ids({ narrative: 'tl.alpha', text: 'protesters' })).toEqual(['en-1'])
    // A document written after the migration gets its ids from the store, alongside the migrated ones.
    const republished: ExtractedArticle = {
      ...ARTICLES[0]!,
      id: 'fr-2',
      source: { ...ARTICLES[0]!.source, url: 'https://le-phare.example/fr-2' },
    }
    const third = toDocumentRow(republished, analyzeArticle(republished))
    expect((await store.writeDocuments([third], null)).failed).toEqual([])
    expect((await store.stats({ outlet: 'le phare' })).facets.outlet).toEqual([
      { value: 'Le Phare', count: 2 },
    ])
  } finally {
    await store.close()
  }
})
