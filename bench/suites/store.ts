import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeArticle } from '../../src/analyze/analyze-article.ts'
import { openEmbeddedStore } from '../../src/store/embedded/open-embedded-store.ts'
import { analyseToRow } from '../../src/store/ingest/analyse-to-row.ts'
import { createAnalysisPool } from '../../src/store/ingest/create-analysis-pool.ts'
import { ingestInputs } from '../../src/store/ingest/ingest-inputs.ts'
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.ts'
import { enqueueInputs } from '../../src/store/queue/enqueue-inputs.ts'
import { DEFAULT_QUEUE_TIMINGS, openIngestQueue } from '../../src/store/queue/open-ingest-queue.ts'
import type { Store } from '../../src/store/store.ts'
import { createTestDatabase, postgresSkipReason } from '../../test/store/support/postgres.ts'
import { syntheticArticles } from '../../test/store/support/synthetic-articles.ts'
import { writeSyntheticJsonl } from '../../test/store/support/write-synthetic-jsonl.ts'
import { BENCH_SEARCHES as SEARCHES } from '../support/bench-searches.ts'

// Corpus sizes to ingest, e.g. BENCH_STORE_DOCS=10000,100000. The default finishes in a few minutes on
// 2 cores; 100 000 documents take about half an hour for the three ingest set-ups together.
const SIZES = (process.env.BENCH_STORE_DOCS ?? '10000').split(',').map(Number)
const WORKER_COUNTS = (process.env.BENCH_STORE_WORKERS ?? '1,2').split(',').map(Number)
const ENGINES = (process.env.BENCH_STORE_ENGINES ?? 'embedded,postgres').split(',')
// Search latency: each query of the set, this many times after one warm-up pass.
const SEARCH_REPEATS = Number(process.env.BENCH_SEARCH_REPEATS ?? 5)
const SAMPLE_DOCS = 1000
// Inputs larger than `ingest`'s default size limit (50 MB) are refused, so the corpus is a folder of files.
const DOCS_PER_FILE = 5000
const BIN = fileURLToPath(new URL('../../bin/narrascope.js', import.meta.url))

interface IngestFigure {
  engine: string
  /** CPU time of this process (every thread), for embedded ingest: the cost without the machine's other load. */
  cpuSeconds?: number
  documentsPerCpuSecond?: number
  workers?: number
  threads?: number
  documents: number
  seconds: number
  documentsPerSecond: number
  inputMegabytesPerSecond: number
  diskMiB: number
  loadAverageBefore: number
}

const workDir = mkdtempSync(join(tmpdir(), 'narrascope-bench-store-'))
const results: {
  ingest: IngestFigure[]
  search: Record<string, unknown>[]
  ceilings: Record<string, number>
} = { ingest: [], search: [], ceilings: {} }

function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits))
}

function folderBytes(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0)
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1e6
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0
}

async function measureCeilings(): Promise<void> {
  // What one core analyses, and what the embedded engine writes with analysis done elsewhere: the two halves
  // of an embedded ingest, which share the machine's cores.
  const articles = [...syntheticArticles(SAMPLE_DOCS, 99)]
  const megabytes =
    articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) / 1e6
  for (const article of articles.slice(0, 50)) analyzeArticle(article)
  let cpuBefore = process.cpuUsage()
  let started = performance.now()
  const rows = articles.map((article) => {
    const outcome = analyseToRow(article)
    if (!outcome.ok) throw new Error(outcome.error.message)
    return outcome.row
  })
  const analysisSeconds = (performance.now() - started) / 1000
  const analysisCpu = cpuSeconds(cpuBefore)
  const store = await openEmbeddedStore(join(workDir, 'ceiling'))
  cpuBefore = process.cpuUsage()
  started = performance.now()
  for (let index = 0; index < rows.length; index += 100)
    await store.writeDocuments(rows.slice(index, index + 100), null)
  const writeSeconds = (performance.now() - started) / 1000
  const writeCpu = cpuSeconds(cpuBefore)
  await store.close()
  results.ceilings = {
    averageArticleBytes: Math.round((megabytes * 1e6) / articles.length),
    analysisAndRowOneThreadDocsPerSecond: round(articles.length / analysisSeconds),
    analysisAndRowDocsPerCpuSecond: round(articles.length / analysisCpu),
    embeddedWriteOnlyDocsPerSecond: round(articles.length / writeSeconds),
    embeddedWriteOnlyDocsPerCpuSecond: round(articles.length / writeCpu),
  }
  console.log('store: ceilings', results.ceilings)
}

async function benchEmbedded(size: number, input: string, megabytes: number): Promise<Store> {
  const dir = join(workDir, `embedded-${size}`)
  const store = await openEmbeddedStore(dir)
  const threads = availableParallelism()
  const pool = createAnalysisPool(threads)
  const loadAverageBefore = round(loadavg()[0] ?? 0, 2)
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  const summary = await ingestInputs(store, [input], { pool })
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  await pool.close()
  if (summary.stored !== size) throw new Error(`embedded: stored ${summary.stored} of ${size}`)
  const figure: IngestFigure = {
    engine: 'embedded',
    threads,
    cpuSeconds: round(cpuSeconds),
    documentsPerCpuSecond: round(size / cpuSeconds),
    documents: size,
    seconds: round(seconds),
    documentsPerSecond: round(size / seconds),
    inputMegabytesPerSecond: round(megabytes / seconds, 2),
    diskMiB: round(folderBytes(dir) / 2 ** 20),
    loadAverageBefore,
  }
  results.ingest.push(figure)
  console.log('store: ingest', figure)
  return store
}

function runWorker(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN, 'worker', '--db', url, '--exit-when-idle', '--jobs-per-fetch', '100'],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    )
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`worker exited ${code}`)),
    )
  })
}

async function benchPostgres(
  size: number,
  workers: number,
  input: string,
  megabytes: number,
): Promise<{ store: Store; drop: () => Promise<void> }> {
  const database = await createTestDatabase()
  const store = await openPostgresStore(database.url)
  const boss = await openIngestQueue(database.url)
  const enqueueStarted = performance.now()
  await enqueueInputs(store, boss, [input], { timings: DEFAULT_QUEUE_TIMINGS })
  const enqueueSeconds = (performance.now() - enqueueStarted) / 1000
  await boss.stop({ graceful: true, wait: true })
  const loadAverageBefore = round(loadavg()[0] ?? 0, 2)
  const started = performance.now()
  await Promise.all(Array.from({ length: workers }, () => runWorker(database.url)))
  const seconds = (performance.now() - started) / 1000
  const stored = (await store.stats()).documents
  if (stored !== size) throw new Error(`postgres: stored ${stored} of ${size}`)
  const stats = await store.stats({})
  const figure: IngestFigure & { enqueueSeconds: number } = {
    engine: 'postgres',
    workers,
    documents: size,
    seconds: round(seconds),
    documentsPerSecond: round(size / seconds),
    inputMegabytesPerSecond: round(megabytes / seconds, 2),
    diskMiB: round(stats.diskBytes / 2 ** 20),
    loadAverageBefore,
    enqueueSeconds: round(enqueueSeconds),
  }
  results.ingest.push(figure)
  console.log('store: ingest', figure)
  return { store, drop: database.drop }
}

async function benchSearch(engine: string, store: Store, size: number): Promise<void> {
  for (const query of SEARCHES) await store.search(query)
  const timings: number[] = []
  // CPU time of this process per search: for the embedded engine, the latency on an otherwise idle core.
  const cpuTimings: number[] = []
  const perQuery: Record<string, { medianMs: number; total: number }> = {}
  for (const query of SEARCHES) {
    const runs: number[] = []
    let total = 0
    for (let repeat = 0; repeat < SEARCH_REPEATS; repeat++) {
      const cpuBefore = process.cpuUsage()
      const started = performance.now()
      const result = await store.search(query)
      runs.push(performance.now() - started)
      const cpu = process.cpuUsage(cpuBefore)
      cpuTimings.push((cpu.user + cpu.system) / 1000)
      total = result.total
    }
    timings.push(...runs)
    runs.sort((a, b) => a - b)
    perQuery[JSON.stringify(query)] = { medianMs: round(percentile(runs, 0.5)), total }
  }
  timings.sort((a, b) => a - b)
  cpuTimings.sort((a, b) => a - b)
  const figure = {
    engine,
    documents: size,
    queries: SEARCHES.length,
    runs: timings.length,
    loadAverage: round(loadavg()[0] ?? 0, 2),
    p50Ms: round(percentile(timings, 0.5)),
    p95Ms: round(percentile(timings, 0.95)),
    maxMs: round(timings.at(-1) ?? 0),
    cpuP50Ms: round(percentile(cpuTimings, 0.5)),
    cpuP95Ms: round(percentile(cpuTimings, 0.95)),
    perQuery,
  }
  results.search.push(figure)
  console.log(
    `store: search ${engine} at ${size}: p50 ${figure.p50Ms} ms, p95 ${figure.p95Ms} ms (CPU p50 ${figure.cpuP50Ms} ms, p95 ${figure.cpuP95Ms} ms)`,
  )
}

try {
  await measureCeilings()
  const pgSkip = ENGINES.includes('postgres') ? await postgresSkipReason() : 'not requested'
  if (pgSkip) console.log(`store: PostgreSQL figures skipped: ${pgSkip}`)
  for (const size of SIZES) {
    const input = join(workDir, `articles-${size}`)
    mkdirSync(input)
    for (let first = 0; first < size; first += DOCS_PER_FILE) {
      const name = `part-${String(first / DOCS_PER_FILE).padStart(3, '0')}.jsonl`
      writeSyntheticJsonl(
        join(input, name),
        Math.min(DOCS_PER_FILE, size - first),
        1 + first,
        first,
      )
    }
    const megabytes = folderBytes(input) / 1e6
    const isLargest = size === Math.max(...SIZES)
    if (ENGINES.includes('embedded')) {
      const store = await benchEmbedded(size, input, megabytes)
      if (isLargest) await benchSearch('embedded', store, size)
      await store.close()
    }
    if (!pgSkip) {
      for (const workers of WORKER_COUNTS) {
        const { store, drop } = await benchPostgres(size, workers, input, megabytes)
        if (isLargest && workers === WORKER_COUNTS.at(-1))
          await benchSearch('postgres', store, size)
        await store.close()
        await drop()
      }
    }
    rmSync(input, { recursive: true })
  }
} finally {
  rmSync(workDir, { recursive: true, force: true })
}

const output = {
  benchmark: 'store',
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtEnd: round(loadavg()[0] ?? 0, 2),
  },
  corpus: `synthetic news articles in 6 languages (test/store/support/synthetic-articles.ts), sizes ${SIZES.join(', ')}`,
  targets: { embeddedIngestDocsPerSecond: 500, searchP95MsAt100k: 100 },
  ...results,
}
mkdirSync(new URL('../results/', import.meta.url), { recursive: true })
writeFileSync(
  new URL('../results/store.json', import.meta.url),
  `${JSON.stringify(output, null, 2)}\n`,
)
console.table(
  results.ingest.map(({ engine, workers, threads, documents, documentsPerSecond, diskMiB }) => ({
    engine,
    workers: workers ?? '',
    threads: threads ?? '',
    documents,
    documentsPerSecond,
    diskMiB,
  })),
)
