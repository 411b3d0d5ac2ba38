import { parentPort } from 'node:worker_threads'
import type { ExtractedArticle } from '../../contracts/source.ts'
import { analyseToRow } from './analyse-to-row.ts'

// The body of an analysis worker thread: articles in, rows (or errors) out, tagged with the caller's number.
parentPort?.on('message', (message: { id: number; article: ExtractedArticle }) => {
  parentPort?.postMessage({ id: message.id, outcome: analyseToRow(message.article) })
})
