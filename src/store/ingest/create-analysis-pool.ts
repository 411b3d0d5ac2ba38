import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ExtractedArticle } from '../../contracts/source.ts'
import { type AnalysisOutcome, analyseToRow } from './analyse-to-row.ts'

/** Analyses articles, in worker threads or in this thread. */
export interface AnalysisPool {
  readonly threads: number
  analyse(article: ExtractedArticle): Promise<AnalysisOutcome>
  close(): Promise<void>
}

const THREAD_URL = new URL('./analysis-thread.ts', import.meta.url).href
// Worker threads do not inherit the TypeScript loader the CLI registered, so each one registers tsx itself
// before importing the thread's module (the path is resolved here, where tsx is known to resolve).
const TSX_API = pathToFileURL(
  join(
    dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
    'dist/esm/api/index.mjs',
  ),
).href
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads')
import(workerData.tsx)
  .then((tsx) => tsx.register())
  .then(() => import(workerData.thread))
  .catch((error) => { setImmediate(() => { throw error }) })`

/**
 * Creates a pool of `threads` analysis threads, each with its own pipeline. With 0 threads, articles are
 * analysed in the calling thread (a single-core machine, or tests).
 * @example
 * const pool = createAnalysisPool(2)
 * const outcome = await pool.analyse(article)
 * await pool.close()
 */
export function createAnalysisPool(threads: number): AnalysisPool {
  if (threads <= 0) {
    return {
      threads: 0,
      analyse: async (article) => analyseToRow(article),
      close: async () => undefined,
    }
  }
  const pending = new Map<number, (outcome: AnalysisOutcome) => void>()
  const rejections = new Map<number, (error: Error) => void>()
  const load = new Map<Worker, Set<number>>()
  let nextId = 0
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { tsx: TSX_API, thread: THREAD_URL },
    })
    load.set(worker, new Set())
    worker.on('message', (message: { id: number; outcome: AnalysisOutcome }) => {
      load.get(worker)?.delete(message.id)
      pending.get(message.id)?.(message.outcome)
      pending.delete(message.id)
      rejections.delete(message.id)
    })
    worker.on('error', (error) => {
      // A thread that dies takes its articles with it: fail them loudly rather than wait forever.
      for (const id of load.get(worker) ?? []) {
        rejections.get(id)?.(error)
        pending.delete(id)
        rejections.delete(id)
      }
      load.delete(worker)
    })
    return worker
  })

  return {
    threads,
    analyse(article) {
      const alive = workers.filter((worker) => load.has(worker))
      if (alive.length === 0) return Promise.reject(new Error('every analysis thread has died'))
      // The least busy thread gets the next article.
      const worker = alive.reduce((best, candidate) =>
        (load.get(candidate)?.size ?? 0) < (load.get(best)?.size ?? 0) ? candidate : best,
      )
      const id = nextId++
      load.get(worker)?.add(id)
      return new Promise<AnalysisOutcome>((resolve, reject) => {
        pending.set(id, resolve)
        rejections.set(id, reject)
        worker.postMessage({ id, article })
      })
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}
