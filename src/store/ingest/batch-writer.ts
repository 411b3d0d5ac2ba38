import type { ExtractedArticle } from '../../contracts/source.ts'
import type { DocumentRow } from '../document-row.ts'
import type { IngestErrorInput, Store } from '../store.ts'
import type { AnalysisPool } from './create-analysis-pool.ts'

/** What one committed write made durable: the inputs stored and those that failed. */
export interface CommitEvent {
  batchId: number
  stored: string[]
  failed: IngestErrorInput[]
}

/** Running totals of a batch in this process. */
export interface BatchCounts {
  stored: number
  skipped: number
  failed: number
}

export interface BatchWriterOptions {
  /** Rows per transaction: larger amortises the commit, smaller acknowledges sooner. */
  rowsPerCommit: number
  /** Articles being analysed at once; bounds memory when the reader is faster than the pipeline. */
  maxInFlight: number
  onCommit?: (event: CommitEvent) => void
}

/**
 * Sends articles to the analysis pool and writes the results in batched transactions, one write at a time,
 * while the threads keep analysing. Counts a document as stored only after its transaction commits.
 */
export class BatchWriter {
  readonly counts: BatchCounts = { stored: 0, skipped: 0, failed: 0 }
  private rows: DocumentRow[] = []
  private errors: IngestErrorInput[] = []
  private inFlight = 0
  private readonly analysing = new Set<Promise<void>>()
  private writing: Promise<void> = Promise.resolve()
  private failure: unknown = null

  constructor(
    private readonly store: Store,
    private readonly pool: AnalysisPool,
    private readonly batchId: number,
    private readonly options: BatchWriterOptions,
  ) {}

  /** Queues an article for analysis, waiting while too many are in flight. */
  async submit(article: ExtractedArticle): Promise<void> {
    this.throwIfFailed()
    while (this.inFlight >= this.options.maxInFlight) await Promise.race(this.analysing)
    this.inFlight++
    const task: Promise<void> = this.pool
      .analyse(article)
      .then((outcome) => {
        if (outcome.ok) this.rows.push(outcome.row)
        else this.errors.push(outcome.error)
        // Failures count too: a run where everything fails still records its errors as it goes.
        if (this.rows.length + this.errors.length >= this.options.rowsPerCommit)
          this.scheduleWrite()
      })
      .catch((error: unknown) => {
        this.failure ??= error
      })
      .finally(() => {
        this.inFlight--
        this.analysing.delete(task)
      })
    this.analysing.add(task)
  }

  /** Records a failure that happened before analysis (reading, extracting). */
  addError(error: IngestErrorInput): void {
    this.errors.push(error)
  }

  /** Counts articles skipped because they are already stored. */
  addSkipped(count: number): void {
    this.counts.skipped += count
  }

  /** Waits for every submitted article to be analysed and written; throws if a write failed. */
  async finish(): Promise<BatchCounts> {
    while (this.analysing.size > 0) await Promise.all(this.analysing)
    this.scheduleWrite()
    await this.writing
    this.throwIfFailed()
    return this.counts
  }

  private scheduleWrite(): void {
    const rows = this.rows
    const errors = this.errors
    this.rows = []
    this.errors = []
    if (rows.length === 0 && errors.length === 0) return
    this.writing = this.writing.then(() => this.write(rows, errors))
  }

  private async write(rows: DocumentRow[], errors: IngestErrorInput[]): Promise<void> {
    if (this.failure !== null) return
    try {
      const result = await this.store.writeDocuments(rows, this.batchId)
      await this.store.recordErrors(errors, this.batchId)
      const failed = [...errors, ...result.failed]
      const delta = { stored: result.stored.length, skipped: 0, failed: failed.length }
      await this.store.addBatchCounts(this.batchId, delta)
      this.counts.stored += delta.stored
      this.counts.failed += delta.failed
      this.options.onCommit?.({
        batchId: this.batchId,
        stored: result.stored.map((outcome) => outcome.input),
        failed,
      })
    } catch (error) {
      this.failure ??= error
    }
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure
  }
}
