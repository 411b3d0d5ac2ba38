import { StoriesQuerySchema } from '../contracts/link.ts'
import { NarrativeTimelineQuerySchema } from '../contracts/narrative-timeline.ts'
import { type DocumentFilter, DocumentFilterSchema, SearchQuerySchema } from '../contracts/store.ts'
import { documentHeading } from '../report/document-heading.ts'
import { buildNarrativeTimeline } from './build-narrative-timeline.ts'
import { dedupeRows } from './dedupe-rows.ts'
import type { DocumentRow } from './document-row.ts'
import { type FacetValue, facetKey, facetValuesOf } from './facet-values-of.ts'
import { leadSnippet, parseHeadline } from './parse-headline.ts'
import { addBatchCounts } from './queries/add-batch-counts.ts'
import { addEntityNames } from './queries/add-entity-names.ts'
import { addFacetValues } from './queries/add-facet-values.ts'
import { clearErrors } from './queries/clear-errors.ts'
import { countFacets } from './queries/count-facets.ts'
import { countNarratives } from './queries/count-narratives.ts'
import { countPerPeriod } from './queries/count-per-period.ts'
import { deleteDocuments } from './queries/delete-documents.ts'
import { configsFor, type ResolvedFilter } from './queries/document-filter-sql.ts'
import { findFacetIds } from './queries/find-facet-ids.ts'
import { findOpenBatch } from './queries/find-open-batch.ts'
import { findStoredArticles } from './queries/find-stored-articles.ts'
import { finishBatch } from './queries/finish-batch.ts'
import { getBatch } from './queries/get-batch.ts'
import { getCorpusSummary } from './queries/get-corpus-summary.ts'
import { getDocuments } from './queries/get-documents.ts'
import { highlightTexts } from './queries/highlight-texts.ts'
import { listErrors } from './queries/list-errors.ts'
import { listStaleDocuments } from './queries/list-stale-documents.ts'
import { readDocuments } from './queries/read-documents.ts'
import { readStories } from './queries/read-stories.ts'
import { type IngestErrorInput, recordErrors } from './queries/record-errors.ts'
import { refreshSearchIndex } from './queries/refresh-search-index.ts'
import { resolveEntity } from './queries/resolve-entity.ts'
import { saveLinks } from './queries/save-links.ts'
import { searchDocuments } from './queries/search-documents.ts'
import { startBatch } from './queries/start-batch.ts'
import { stemQuery } from './queries/stem-query.ts'
import { upsertDocuments } from './queries/upsert-documents.ts'
import { withTextIndex } from './queries/with-text-index.ts'
import type { SqlClient } from './sql-client.ts'
import type { Store, WriteResult } from './store.ts'

// Export and re-analysis read this many documents per query: enough to amortise the round trip, small enough
// to keep memory flat on a million-document corpus.
const PAGE_SIZE = 200
// ts_headline parses the whole text it is given; beyond this a snippet is taken from the opening only.
const MAX_HIGHLIGHT_CHARS = 50_000
// Entity spellings and facet values already written by this process; bounded so a long-running worker does
// not grow forever.
const MAX_KNOWN_NAMES = 200_000

/**
 * Builds a Store over any SQL client that speaks PostgreSQL: the embedded and the server engines differ only
 * in how they open the connection.
 */
export function createSqlStore(
  client: SqlClient,
  description: {
    engine: Store['engine']
    location: string
    /** Engine-specific upkeep after a batch, once the index is refreshed. */
    afterBatch?: () => Promise<void>
    onClose?: () => Promise<void>
  },
): Store {
  const knownNames = new Set<string>()
  // Facet value ids already committed, by facetKey: a value's id never changes, so a batch looks up only new
  // values.
  const knownFacetIds = new Map<string, number>()

  async function writeTogether(rows: readonly DocumentRow[], batchId: number | null) {
    const names = rows
      .flatMap((row) => row.entityNames)
      .filter(([name, canonical]) => !knownNames.has(`${name}\u0001${canonical}`))
    const values = rows.map(facetValuesOf)
    const newValues = values.flat().filter((value) => !knownFacetIds.has(facetKey(value)))
    const { stored, addedIds } = await client.transaction(async (tx) => {
      const addedIds = await addFacetValues(tx, newValues)
      const idOf = (value: FacetValue) => {
        const id = knownFacetIds.get(facetKey(value)) ?? addedIds.get(facetKey(value))
        if (id === undefined) throw new Error(`no id for facet value ${value.join(' ')}`)
        return id
      }
      const facetIds = values.map((rowValues) => rowValues.map(idOf))
      const outcomes = await upsertDocuments(tx, rows, facetIds, batchId)
      await addEntityNames(tx, names)
      await clearErrors(tx, [...new Set(rows.map((row) => row.input))])
      return { stored: outcomes, addedIds }
    })
    // Only once committed: ids added by a transaction that rolled back would name nothing.
    if (knownNames.size > MAX_KNOWN_NAMES) knownNames.clear()
    for (const [name, canonical] of names) knownNames.add(`${name}\u0001${canonical}`)
    if (knownFacetIds.size > MAX_KNOWN_NAMES) knownFacetIds.clear()
    for (const [key, id] of addedIds) knownFacetIds.set(key, id)
    return stored
  }

  async function resolve(filter: Partial<DocumentFilter>): Promise<ResolvedFilter> {
    const { entity, technique, ...rest } = DocumentFilterSchema.parse(filter)
    const resolved: ResolvedFilter = { ...rest }
    if (rest.text.trim() !== '')
      resolved.tsquery = await stemQuery(client, rest.text, configsFor(rest))
    // Each facet asked for is a list of values a document must carry one of.
    const wanted: FacetValue[][] = []
    if (entity !== undefined)
      wanted.push((await resolveEntity(client, entity)).map((name) => ['entity', name]))
    if (technique !== undefined) wanted.push([['technique', technique]])
    if (rest.narrative !== undefined) wanted.push([['narrative', rest.narrative]])
    if (wanted.length > 0) {
      const ids = await findFacetIds(client, wanted.flat())
      resolved.facetIds = wanted.map((values) =>
        values.flatMap((value) => ids.get(facetKey(value)) ?? []),
      )
    }
    return resolved
  }

  return {
    engine: description.engine,
    location: description.location,

    async writeDocuments(rows, batchId) {
      const unique = dedupeRows(rows)
      if (unique.length === 0) return { stored: [], failed: [] }
      try {
        return { stored: await writeTogether(unique, batchId), failed: [] }
      } catch (batchError) {
        if (unique.length === 1) {
          const failed = [storeFailure(unique[0]!, batchError)]
          await recordErrors(client, failed, batchId)
          return { stored: [], failed }
        }
        // One row broke the batch's transaction (nothing of it was committed): isolate it.
        const result: WriteResult = { stored: [], failed: [] }
        for (const row of unique) {
          try {
            result.stored.push(...(await writeTogether([row], batchId)))
          } catch (rowError) {
            result.failed.push(storeFailure(row, rowError))
          }
        }
        await recordErrors(client, result.failed, batchId)
        return result
      }
    },

    findStoredArticles: (hashes) => findStoredArticles(client, hashes),
    recordErrors: (errors, batchId) => recordErrors(client, errors, batchId),
    listErrors: (options = {}) => listErrors(client, options),

    async openBatch(kind, inputs) {
      const open = await findOpenBatch(client, kind, inputs)
      if (open) return { batch: open, resumed: true }
      return { batch: await startBatch(client, kind, inputs), resumed: false }
    },
    addBatchCounts: (batchId, counts) => addBatchCounts(client, batchId, counts),
    finishBatch: (batchId) => finishBatch(client, batchId),
    getBatch: (batchId) => getBatch(client, batchId),

    async search(input) {
      const started = performance.now()
      const query = SearchQuerySchema.parse(input)
      const { limit, offset, ...filter } = query
      const resolved = await resolve(filter)
      const {
        total,
        hits: ranked,
        facets,
      } = await withTextIndex(client, resolved, (tx) =>
        searchDocuments(tx, resolved, { limit, offset }),
      )
      const documents = new Map(
        (
          await getDocuments(
            client,
            ranked.map((hit) => hit.storeId),
          )
        ).map((stored) => [stored.storeId, stored.document]),
      )
      const texts = ranked.map((hit) => documents.get(hit.storeId)?.text ?? '')
      // The page's documents are decoded for their snippets anyway: an untitled one is headed by its first
      // sentence at no further query.
      const headings = ranked.map((hit) =>
        documentHeading(documents.get(hit.storeId) ?? { id: hit.id, title: hit.title, text: '' }),
      )
      const headlines =
        query.text.trim() === ''
          ? []
          : await highlightTexts(
              client,
              query.text,
              ranked.map((hit, index) => ({
                searchConfig: hit.searchConfig,
                text: texts[index]!.slice(0, MAX_HIGHLIGHT_CHARS),
              })),
            )
      return {
        query,
        total,
        hits: ranked.map((hit, index) => ({
          storeId: hit.storeId,
          id: hit.id,
          title: hit.title,
          heading: headings[index]!,
          url: hit.url,
          outlet: hit.outlet,
          lang: hit.lang,
          published: hit.published,
          rank: hit.rank,
          snippet:
            headlines[index] === undefined
              ? leadSnippet(texts[index]!)
              : parseHeadline(headlines[index]!),
        })),
        facets,
        tookMs: Math.round((performance.now() - started) * 10) / 10,
      }
    },

    async stats(input = {}) {
      const filter = DocumentFilterSchema.parse(input)
      const resolved = await resolve(filter)
      const [summary, facets] = await withTextIndex(client, resolved, async (tx) => [
        await getCorpusSummary(tx, resolved),
        await countFacets(tx, resolved),
      ])
      return {
        filter,
        documents: summary.documents,
        pipelineVersions: summary.pipelineVersions,
        facets,
        errors: summary.errors,
        batches: { total: summary.batches, running: summary.runningBatches },
        diskBytes: summary.diskBytes,
        firstPublished: summary.firstPublished,
        lastPublished: summary.lastPublished,
      }
    },

    async narrativeTimeline(input = {}) {
      const started = performance.now()
      const query = NarrativeTimelineQuerySchema.parse(input)
      const { interval, minScore, documentsPerPoint, ...filter } = query
      const rows = await countNarratives(client, await resolve(filter), {
        interval,
        minScore,
        documentsPerPoint,
      })
      return buildNarrativeTimeline(
        rows,
        query,
        Math.round((performance.now() - started) * 10) / 10,
      )
    },

    async countPerPeriod(input, step) {
      const resolved = await resolve(input)
      return withTextIndex(client, resolved, (tx) => countPerPeriod(tx, resolved, step))
    },

    async *exportDocuments(input = {}) {
      const resolved = await resolve(input)
      let afterId = 0
      for (;;) {
        const page = await readDocuments(client, resolved, afterId, PAGE_SIZE)
        yield* page
        if (page.length < PAGE_SIZE) return
        afterId = page[page.length - 1]!.storeId
      }
    },

    async *staleDocuments(pipelineVersion, analysedBefore) {
      let afterId = 0
      for (;;) {
        const page = await listStaleDocuments(client, {
          pipelineVersion,
          analysedBefore,
          afterId,
          limit: PAGE_SIZE,
        })
        yield* page
        if (page.length < PAGE_SIZE) return
        afterId = page[page.length - 1]!.storeId
      }
    },

    getDocuments: (storeIds) => getDocuments(client, storeIds),
    deleteDocuments: (storeIds) => deleteDocuments(client, storeIds),
    saveLinks: (result, filter = {}) =>
      client.transaction((tx) => saveLinks(tx, result, DocumentFilterSchema.parse(filter))),
    readStories: (query = {}) => readStories(client, StoriesQuerySchema.parse(query)),
    async refreshSearchIndex(changedDocuments) {
      await refreshSearchIndex(client, changedDocuments)
      await description.afterBatch?.()
    },

    async close() {
      await client.close()
      await description.onClose?.()
    },
  }
}

function storeFailure(row: DocumentRow, error: unknown): IngestErrorInput {
  const message = error instanceof Error ? error.message : String(error)
  return { input: row.input, stage: 'store', code: 'store_failed', message }
}
