import type { AnalyseRequest } from '../../contracts/api.ts'
import type { InputResult } from '../../ingest/input-result.ts'
import { articleResult, failureResult } from '../../ingest/input-result.ts'
import { readInputs } from '../../ingest/read-input.ts'
import type { ReadOptions } from '../../ingest/read-options.ts'
import { recordToArticle } from '../../ingest/record-to-article.ts'

/** How the analyse endpoint names its input in results and errors. */
export const ANALYSE_INPUT = 'api:analyse'

/**
 * The article of an analyse request: its text or HTML as a JSON record would give it, or, with only a URL,
 * the page fetched through the guarded fetch (private addresses refused unless the server allows them).
 * A feed URL yields its first item.
 */
export async function readAnalyseRequest(
  request: AnalyseRequest,
  readOptions: ReadOptions,
): Promise<InputResult> {
  const { store: _store, ...record } = request
  if (record.text === undefined && record.html === undefined && record.url !== undefined) {
    for await (const result of readInputs([record.url], readOptions)) return result
    return failureResult(record.url, new Error('the URL gave no article'))
  }
  try {
    return articleResult(recordToArticle(record, ANALYSE_INPUT))
  } catch (error) {
    return failureResult(ANALYSE_INPUT, error)
  }
}
