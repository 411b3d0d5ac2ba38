import { spawn } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeArticle } from '../../src/analyze/analyze-article.ts'
import { openEmbeddedStore } from '../../src/store/embedded/open-embedded-store.ts'
import { analyseToRow } from '../../src/store/ingest/analyse-to-row.ts'
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.ts'
import { enqueueInputs } from '../../src/store/queue/enqueue-inputs.ts'
import { DEFAULT_QUEUE_TIMINGS, openIngestQueue } from '../../src/store/queue/open-ingest-queue.ts'
import type { Store } from '../../src/store/store.ts'
import { createTestDatabase, postgresSkipReason } from '../../test/store/support/postgres.ts'
import { syntheticArticles } from '../../test/store/support/synthetic-articles.ts'
import { writeSyntheticJsonl } from '../../test/store/support/write-synthetic-jsonl.ts'
import { BENCH_SEARCHES as SEARCHES } from '../support/bench-searches.ts'
import { machineInfo } from '../support/machine-info.ts'

// Corpus sizes to ingest. The default, 1 000 and 10 000, takes a few minutes on 2 cores; BENCH_SCALE=100000
// (bench/run.ts sets BENCH_STORE_DOCS=10000,100000) adds the 100 000-document figures, about an hour on a
// quiet machine. The embedded engine is measured at every size (how time and memory grow), PostgreSQL from
// 10 000 on, and search on the largest store.
const SIZES = (process.env.BENCH_STORE_DOCS ?? '1000,10000').split(',').map(Number)
// PostgreSQL sizes (by default those of 10 000 and more), e.g. BENCH_STORE_POSTGRES_DOCS=10000 to skip its
// hour at 100 000.
const POSTGRES_SIZES = (
  process.env.BENCH_STORE_POSTGRES_DOCS?.split(',').map(Number) ??
  SIZES.filter((size) => size >= 10_000)
).filter((size) => SIZES.includes(size))
const WORKER_COUNTS = (process.env.BENCH_STORE_WORKERS ?? '1,2').split(',').map(Number)
const ENGINES = (process.env.BENCH_STORE_ENGINES ?? 'embedded,postgres').split(',')
// Search latency: each query of the set, this many times after one warm-up pass.
const SEARCH_REPEATS = Number(process.env.BENCH_SEARCH_REPEATS ?? 5)
const SAMPLE_DOCS = 1000
// Inputs larger than `ingest`'s default size limit (50 MB) are refused, so the corpus is a folder of files.
const DOCS_PER_FILE = 5000
const JOBS_PER_FETCH = 100
// BENCH_STORE_SEARCH_DIR=<embedded store folder>: measure search alone on that store (one built earlier, when
// ingesting 100 000 documents again would take an hour), replacing the embedded search figure in
// bench/results/store.json and keeping the rest.
const SEARCH_DIR = process.env.BENCH_STORE_SEARCH_DIR

interface IngestFigure {
  engine: string
  workers?: number
  threads?: number
  documents: number
  seconds: number
  documentsPerSecond: number
  /**
   * CPU time of the ingesting processes (every thread: analysis, database, V8's helpers), which is what the
   * work costs whatever else the shared machine runs; for PostgreSQL, of the workers, not of the server.
   */
  cpuSeconds: number
  documentsPerCpuSecond: number
  /** Embedded: CPU time of the main thread, which runs PGlite (the writes); the rest is analysis. */
  mainThreadCpuSeconds?: number | null
  /** Peak resident memory of the (largest) ingesting process. */
  peakRssMiB: number
  inputMegabytesPerSecond: number
  diskMiB: number
  loadAverageBefore: number
  loadAverageAfter: number
}

const RESULTS_FILE = new URL('../results/store.json', import.meta.url)
const workDir = mkdtempSync(join(tmpdir(), 'narrascope-bench-store-'))
const results: {
  ingest: IngestFigure[]
  search: Record<string, unknown>[]
  ceilings: Record<string, number>
  startup: Record<string, number>
} = { ingest: [], search: [], ceilings: {}, startup: {} }

function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits))
}

function load(): number {
  return round(loadavg()[0] ?? 0, 2)
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

/** Runs a bench/support script in its own process and returns the JSON line it printed last. */
function runChild<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL(`../support/${script}`, import.meta.url)), ...args],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
    })
    child.on('close', (code) => {
      const last = output.trim().split('\n').at(-1) ?? ''
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as T)
      else reject(new Error(`${script} exited ${code}: ${output.slice(-500)}`))
    })
  })
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
    loadAverage: load(),
  }
  writeResults()
  console.log('store: ceilings', results.ceilings)
}

/**
 * What an ingest costs before its documents: one article into a new embedded store, in its own process
 * (loading the code, creating the store, starting an analysis thread and its models), median of 3 runs.
 */
async function measureStartup(): Promise<void> {
  const input = join(workDir, 'one-article.jsonl')
  writeSyntheticJsonl(input, 1, 5)
  const runs: { seconds: number; cpuSeconds: number; openSeconds: number }[] = []
  for (let run = 0; run < 3; run++) {
    const dir = join(workDir, `startup-${run}`)
    const started = performance.now()
    const child = await runChild<{ stored: number; cpuSeconds: number; openSeconds: number }>(
      'run-ingest.ts',
      [input, dir, String(availableParallelism())],
    )
    if (child.stored !== 1) throw new Error(`startup: stored ${child.stored} of 1`)
    runs.push({ ...child, seconds: (performance.now() - started) / 1000 })
    rmSync(dir, { recursive: true })
  }
  const median = (pick: (run: (typeof runs)[number]) => number) =>
    round(runs.map(pick).sort((a, b) => a - b)[1] ?? 0, 2)
  results.startup = {
    oneArticleIngestSeconds: median((run) => run.seconds),
    oneArticleIngestCpuSeconds: median((run) => run.cpuSeconds),
    newStoreOpenSeconds: median((run) => run.openSeconds),
    loadAverage: load(),
  }
  writeResults()
  console.log('store: start-up', results.startup)
}

async function benchEmbedded(size: number, input: string, megabytes: number): Promise<string> {
  const dir = join(workDir, `embedded-${size}`)
  const threads = availableParallelism()
  const loadAverageBefore = load()
  const started = performance.now()
  const run = await runChild<{
    stored: number
    cpuSeconds: number
    mainThreadCpuSeconds: number | null
    peakRssMiB: number
  }>('run-ingest.ts', [input, dir, String(threads)])
  const seconds = (performance.now() - started) / 1000
  if (run.stored !== size) throw new Error(`embedded: stored ${run.stored} of ${size}`)
  const figure: IngestFigure = {
    engine: 'embedded',
    threads,
    documents: size,
    seconds: round(seconds),
    documentsPerSecond: round(size / seconds),
    cpuSeconds: round(run.cpuSeconds),
    documentsPerCpuSecond: round(size / run.cpuSeconds),
    mainThreadCpuSeconds:
      run.mainThreadCpuSeconds === null ? null : round(run.mainThreadCpuSeconds),
    peakRssMiB: Math.round(run.peakRssMiB),
    inputMegabytesPerSecond: round(megabytes / seconds, 2),
    diskMiB: round(folderBytes(dir) / 2 ** 20),
    loadAverageBefore,
    loadAverageAfter: load(),
  }
  results.ingest.push(figure)
  writeResults()
  console.log('store: ingest', figure)
  return dir
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
  const loadAverageBefore = load()
  const started = performance.now()
  const runs = await Promise.all(
    Array.from({ length: workers }, () =>
      runChild<{ stored: number; cpuSeconds: number; peakRssMiB: number }>('run-queue-worker.ts', [
        database.url,
        String(JOBS_PER_FETCH),
      ]),
    ),
  )
  const seconds = (performance.now() - started) / 1000
  const stored = (await store.stats()).documents
  if (stored !== size) throw new Error(`postgres: stored ${stored} of ${size}`)
  const stats = await store.stats({})
  const cpu = runs.reduce((sum, run) => sum + run.cpuSeconds, 0)
  const figure: IngestFigure & { enqueueSeconds: number; storedPerWorker: number[] } = {
    engine: 'postgres',
    workers,
    documents: size,
    seconds: round(seconds),
    documentsPerSecond: round(size / seconds),
    cpuSeconds: round(cpu),
    documentsPerCpuSecond: round(size / cpu),
    peakRssMiB: Math.round(Math.max(...runs.map((run) => run.peakRssMiB))),
    inputMegabytesPerSecond: round(megabytes / seconds, 2),
    diskMiB: round(stats.diskBytes / 2 ** 20),
    loadAverageBefore,
    loadAverageAfter: load(),
    enqueueSeconds: round(enqueueSeconds),
    storedPerWorker: runs.map((run) => run.stored),
  }
  results.ingest.push(figure)
  writeResults()
  console.log('store: ingest', figure)
  return { store, drop: database.drop }
}

async function benchSearch(
  engine: string,
  store: Store,
  size: number,
  origin = 'built by this run',
): Promise<void> {
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
    store: origin,
    queries: SEARCHES.length,
    runs: timings.length,
    loadAverage: load(),
    p50Ms: round(percentile(timings, 0.5)),
    p95Ms: round(percentile(timings, 0.95)),
    maxMs: round(timings.at(-1) ?? 0),
    cpuP50Ms: round(percentile(cpuTimings, 0.5)),
    cpuP95Ms: round(percentile(cpuTimings, 0.95)),
    perQuery,
  }
  results.search.push(figure)
  writeResults()
  console.log(
    `store: search ${engine} at ${size}: p50 ${figure.p50Ms} ms, p95 ${figure.p95Ms} ms (CPU p50 ${figure.cpuP50Ms} ms, p95 ${figure.cpuP95Ms} ms)`,
  )
}

/**
 * Writes bench/results/store.json with what has been measured so far, after each figure, so that a long run
 * (an hour at 100 000 documents on a busy machine) that is stopped still leaves its figures.
 */
function writeResults(): void {
  // How the embedded ingest grows with the corpus: CPU per document and peak memory, against the smallest size.
  const embedded = results.ingest.filter((figure) => figure.engine === 'embedded')
  const smallest = embedded[0]
  const scaling = embedded.map((figure) => ({
    documents: figure.documents,
    cpuMsPerDocument: round((figure.cpuSeconds * 1000) / figure.documents, 2),
    cpuPerDocumentVsSmallest: smallest
      ? round(figure.cpuSeconds / figure.documents / (smallest.cpuSeconds / smallest.documents), 2)
      : 1,
    peakRssMiB: figure.peakRssMiB,
    diskMiB: figure.diskMiB,
    diskKiBPerDocument: round((figure.diskMiB * 1024) / figure.documents, 1),
  }))

  const output = {
    benchmark: 'store',
    date: new Date().toISOString(),
    machine: { ...machineInfo(), loadAverageAtEnd: load() },
    corpus: `synthetic news articles in 6 languages (test/store/support/synthetic-articles.ts), sizes ${SIZES.join(', ')}`,
    targets: { embeddedIngestDocsPerSecond: 500, searchP95MsAt100k: 100 },
    ...results,
    scaling,
  }
  writeFileSync(RESULTS_FILE, `${JSON.stringify(output, null, 2)}\n`)
}

if (SEARCH_DIR) {
  const previous = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as typeof results
  results.ingest = previous.ingest
  results.ceilings = previous.ceilings
  results.startup = previous.startup ?? {}
  results.search = previous.search.filter((figure) => figure.engine !== 'embedded')
  const store = await openEmbeddedStore(SEARCH_DIR)
  const { documents } = await store.stats()
  await benchSearch('embedded', store, documents, `existing store (BENCH_STORE_SEARCH_DIR)`)
  await store.close()
  rmSync(workDir, { recursive: true, force: true })
  process.exit(0)
}

try {
  await measureCeilings()
  await measureStartup()
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
      const dir = await benchEmbedded(size, input, megabytes)
      if (isLargest) {
        const store = await openEmbeddedStore(dir)
        await benchSearch('embedded', store, size)
        await store.close()
      }
      rmSync(dir, { recursive: true })
    }
    if (!pgSkip && POSTGRES_SIZES.includes(size)) {
      for (const workers of WORKER_COUNTS) {
        const { store, drop } = await benchPostgres(size, workers, input, megabytes)
        if (size === Math.max(...POSTGRES_SIZES) && workers === WORKER_COUNTS.at(-1))
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

console.table(
  results.ingest.map((figure) => ({
    engine: figure.engine,
    workers: figure.workers ?? '',
    documents: figure.documents,
    documentsPerSecond: figure.documentsPerSecond,
    documentsPerCpuSecond: figure.documentsPerCpuSecond,
    peakRssMiB: figure.peakRssMiB,
    diskMiB: figure.diskMiB,
    load: figure.loadAverageBefore,
  })),
)
