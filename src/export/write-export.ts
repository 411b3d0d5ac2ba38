import { randomUUID } from 'node:crypto'
import type { ExportFormat } from '../contracts/store.ts'
import type { StoredDocument } from '../store/store.ts'
import { toClaimReviews } from './to-claim-reviews.ts'
import { CSV_HEADER, toCsvRow } from './to-csv-row.ts'
import { toNewsArticle } from './to-news-article.ts'
import { stixPreamble, toStixObjects } from './to-stix-objects.ts'

/** The media type of each export format. */
export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  stix: 'application/stix+json;version=2.1',
  claimreview: 'application/ld+json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
}

/** The file extension of each export format. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  jsonl: 'jsonl',
  csv: 'csv',
  stix: 'stix.json',
  claimreview: 'claimreview.jsonld',
  jsonld: 'jsonld',
}

/** How an export is written: when it is made (STIX timestamps), and where its chunks go. */
export interface ExportOptions {
  /** The export's time; STIX objects are created at it. */
  now?: Date
  /** Stop after this many documents. */
  limit?: number
}

/**
 * Writes documents in one export format as a stream of chunks, one document at a time, so memory stays flat
 * whatever the corpus size: JSONL, CSV, a STIX 2.1 bundle, ClaimReview drafts or NewsArticles as JSON-LD.
 * Returns how many documents were written. The CLI and the HTTP API both call it.
 * @example
 * const count = await writeExport('stix', store.exportDocuments(filter), (chunk) => output.write(chunk))
 */
export async function writeExport(
  format: ExportFormat,
  documents: AsyncIterable<StoredDocument>,
  write: (chunk: string) => Promise<void> | void,
  options: ExportOptions = {},
): Promise<number> {
  const createdAt = (options.now ?? new Date()).toISOString()
  const limit = options.limit ?? Number.POSITIVE_INFINITY
  const emitted = new Set<string>()
  let count = 0
  let items = 0
  // JSON containers are written item by item; the separator comes before every item but the first.
  const item = async (value: unknown) => {
    await write(`${items++ === 0 ? '' : ','}\n${JSON.stringify(value)}`)
  }
  const { open, close } = containers(format)
  await write(open)
  if (format === 'stix') for (const object of stixPreamble(createdAt)) await remember(object)
  for await (const { storeId, document } of documents) {
    if (count >= limit) break
    count++
    if (format === 'jsonl') await write(`${JSON.stringify(document)}\n`)
    else if (format === 'csv') await write(toCsvRow(storeId, document))
    else if (format === 'stix')
      for (const object of toStixObjects(document, createdAt)) await remember(object)
    else if (format === 'claimreview')
      for (const review of toClaimReviews(document)) await item(review)
    else await item(toNewsArticle(document))
  }
  await write(close)
  return count

  // Outlets and attack-patterns recur across documents with stable ids: a bundle holds each once.
  async function remember(object: { id: string }): Promise<void> {
    if (emitted.has(object.id)) return
    emitted.add(object.id)
    await item(object)
  }
}

function containers(format: ExportFormat): { open: string; close: string } {
  switch (format) {
    case 'jsonl':
      return { open: '', close: '' }
    case 'csv':
      return { open: CSV_HEADER, close: '' }
    case 'stix':
      return {
        open: `{"type":"bundle","id":"bundle--${randomUUID()}","objects":[`,
        close: '\n]}\n',
      }
    case 'claimreview':
    case 'jsonld':
      return { open: '{"@context":"https://schema.org","@graph":[', close: '\n]}\n' }
  }
}
