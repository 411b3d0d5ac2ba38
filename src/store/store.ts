import type { LinkResult, LinkRun, StoriesQuery, StoriesResult } from '../contracts/link.ts'
import type { NarrativeTimeline, NarrativeTimelineQuery } from '../contracts/narrative-timeline.ts'
import type {
  Batch,
  BatchKind,
  CorpusStats,
  DocumentFilter,
  IngestError,
  PeriodCount,
  SearchQuery,
  SearchResult,
  TimelineStep,
} from '../contracts/store.ts'
import type { DocumentRow } from './document-row.ts'
import type { StoredDocument } from './queries/read-documents.ts'
import type { IngestErrorInput } from './queries/record-errors.ts'
import type { UpsertOutcome } from './queries/upsert-documents.ts'

export type { StoredDocument } from './queries/read-documents.ts'
export type { IngestErrorInput } from './queries/record-errors.ts'

/** The result of writing a batch of rows: what was stored (committed) and what failed, with why. */
export interface WriteResult {
  stored: UpsertOutcome[]
  failed: IngestErrorInput[]
}

/**
 * A corpus of analysed documents: write, search, summarise, export. The embedded engine (PGlite in a folder)
 * and PostgreSQL implement it with the same SQL and pass the same contract suite (`store-contract.ts`).
 * @example
 * const store = await openStore('./narrascope-data')
 * const result = await store.search({ text: 'manifestation', lang: 'fr' })
 * await store.close()
 */
export interface Store {
  readonly engine: 'embedded' | 'postgres'
  /** The folder or the server URL (without password), for messages. */
  readonly location: string
  /**
   * Writes rows in one transaction; when that fails, row by row, so one bad row is recorded as an error of
   * `batchId` and the others are stored. A row counts as stored only once its transaction has committed.
   */
  writeDocuments(rows: readonly DocumentRow[], batchId: number | null): Promise<WriteResult>
  /** Which article hashes are already stored, so an interrupted or repeated ingest skips them. */
  findStoredArticles(hashes: readonly string[]): Promise<Set<string>>
  recordErrors(errors: readonly IngestErrorInput[], batchId: number | null): Promise<void>
  listErrors(options?: { batchId?: number; limit?: number }): Promise<IngestError[]>
  /** Starts a batch, or resumes the unfinished one of the same kind over the same inputs. */
  openBatch(kind: BatchKind, inputs: readonly string[]): Promise<{ batch: Batch; resumed: boolean }>
  addBatchCounts(
    batchId: number,
    counts: { stored: number; skipped: number; failed: number },
  ): Promise<void>
  finishBatch(batchId: number): Promise<Batch>
  getBatch(batchId: number): Promise<Batch | null>
  search(query: Partial<SearchQuery>): Promise<SearchResult>
  stats(filter?: Partial<DocumentFilter>): Promise<CorpusStats>
  /**
   * Narratives of the matching documents per day or week, with outlet and language counts and the documents
   * behind each point; labels are left null (`getNarrativeTimeline` adds them from a catalogue).
   */
  narrativeTimeline(query?: Partial<NarrativeTimelineQuery>): Promise<NarrativeTimeline>
  /**
   * How many matching documents were published per day, ISO week (named by its Monday) or month, in calendar
   * order; undated documents and empty periods are left out.
   */
  countPerPeriod(filter: Partial<DocumentFilter>, step: TimelineStep): Promise<PeriodCount[]>
  /** Every document matching the filter, in store-id order, read page by page. */
  exportDocuments(filter?: Partial<DocumentFilter>): AsyncGenerator<StoredDocument>
  /** Documents of another pipeline version, or analysed before `analysedBefore`, page by page. */
  staleDocuments(pipelineVersion: string, analysedBefore: string): AsyncGenerator<StoredDocument>
  getDocuments(storeIds: readonly number[]): Promise<StoredDocument[]>
  /** Deletes documents by store id; returns how many existed. Entity spellings seen stay known. */
  deleteDocuments(storeIds: readonly number[]): Promise<number>
  /**
   * Keeps a linking result over stored documents (each with its `storeId`) as the current links, in one
   * transaction: the previous run's stories, links and provenance are replaced.
   */
  saveLinks(result: LinkResult, filter?: Partial<DocumentFilter>): Promise<LinkRun>
  /** The current run's stories matching the query, with their links and provenance; null if never linked. */
  readStories(query?: Partial<StoriesQuery>): Promise<StoriesResult | null>
  /**
   * Merges pending index entries and, when `changedDocuments` is a large share of the store, refreshes planner
   * statistics, so searches stay fast; after a batch.
   */
  refreshSearchIndex(changedDocuments: number): Promise<void>
  close(): Promise<void>
}
