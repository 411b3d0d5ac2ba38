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

// A thread costs 1 to 2 s of CPU before its first article (the TypeScript loader with its own thread, the
// modules, the models) and as much again to warm up: worth it only for a backlog. Threads start as articles
// queue up, so a one-file ingest starts one thread and a large one starts them all within its first articles.
const SPAWN_AFTER_QUEUED = 16

/**
 * Creates a pool of up to `threads` analysis threads, each with its own pipeline, started as articles queue
 * up. With 0 threads, articles are analysed in the calling thread (a single-core machine, or tests).
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
  const workers: Worker[] = []
  let nextId = 0
  const spawn = (): Worker => {
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
    workers.push(worker)
    return worker
  }
  // The least busy thread, or a new one while fewer than `threads` run and each already has a backlog.
  const pick = (): Worker | undefined => {
    const alive = workers.filter((worker) => load.has(worker))
    const best = alive.reduce<Worker | undefined>(
      (found, candidate) =>
        found === undefined || (load.get(candidate)?.size ?? 0) < (load.get(found)?.size ?? 0)
          ? candidate
          : found,
      undefined,
    )
    const isBusy = best === undefined || (load.get(best)?.size ?? 0) >= SPAWN_AFTER_QUEUED
    return workers.length < threads && isBusy ? spawn() : best
  }

  return {
    threads,
    analyse(article) {
      const worker = pick()
      if (worker === undefined) return Promise.reject(new Error('every analysis thread has died'))
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
