import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import type { DocumentFilter } from '../../src/contracts/store.ts'
import { PIPELINE_VERSION } from '../../src/pipeline/create-pipeline.ts'
import { openEmbeddedStore } from '../../src/store/embedded/open-embedded-store.ts'
import { createAnalysisPool } from '../../src/store/ingest/create-analysis-pool.ts'
import { ingestInputs } from '../../src/store/ingest/ingest-inputs.ts'
import { writeSyntheticJsonl } from '../../test/store/support/write-synthetic-jsonl.ts'
import { BENCH_SEARCHES as SEARCHES } from '../support/bench-searches.ts'
import { machineInfo } from '../support/machine-info.ts'

// `npm run bench -- api`: requests/s and latency of search and document fetch through `narrascope serve`
// (a real server process on loopback) under 50 concurrent connections, measured by autocannon from this
// process. The corpus is the store bench's synthetic articles, ingested once and cached in bench/.cache/
// (gitignored). BENCH_API_DOCS=100000 is the scale (building it takes the better part of an hour on
// 2 cores; later runs reuse it); the default 2 000 keeps `npm run bench` short.
const DOCUMENTS = Number(process.env.BENCH_API_DOCS ?? 2000)
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 50)
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 15)
const WARM_UP_SECONDS = 3
const DOCS_PER_FILE = 5000
const CACHE_DIR = fileURLToPath(new URL('../.cache/', import.meta.url))
const RESULTS = fileURLToPath(new URL('../results/api.json', import.meta.url))
const BIN = fileURLToPath(new URL('../../bin/narrascope.js', import.meta.url))
const TOKEN = 'bench-token-0123456789abcdef'
const LISTENING = /narrascope serve: listening on (http:\/\/\S+)/u

interface Scenario {
  name: string
  paths: string[]
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits))

async function main(): Promise<void> {
  const storeDir = await cachedStore(DOCUMENTS)
  const scenarios: Scenario[] = [
    {
      name: 'search',
      paths: SEARCHES.map((filter) => `/api/search?${searchParams(filter)}`),
    },
    {
      // Every document once in a shuffled order: no request is answered from a warm page twice in a row.
      name: 'document',
      paths: shuffle(
        Array.from({ length: DOCUMENTS }, (_, index) => `/api/documents/${index + 1}`),
      ),
    },
  ]
  const server = await startServe(storeDir)
  const figures = []
  try {
    for (const scenario of scenarios) {
      await load(server.url, scenario, WARM_UP_SECONDS)
      const loadBefore = round(loadavg()[0] ?? 0, 2)
      const figure = await load(server.url, scenario, SECONDS)
      figures.push({ ...figure, loadAverageBefore: loadBefore })
      console.log(
        `api ${scenario.name}: ${figure.requestsPerSecond} req/s, p50 ${figure.latencyMs.p50} ms, p95 ${figure.latencyMs.p95} ms, p99 ${figure.latencyMs.p99} ms (${figure.non2xx} non-2xx, ${figure.errors} errors; load ${loadBefore})`,
      )
    }
  } finally {
    await server.stop()
  }
  const result = {
    benchmark: 'api',
    date: new Date().toISOString(),
    machine: { ...machineInfo(), loadAverageAtEnd: round(loadavg()[0] ?? 0, 2) },
    setup: {
      documents: DOCUMENTS,
      engine: 'embedded',
      connections: CONNECTIONS,
      secondsPerScenario: SECONDS,
      warmUpSeconds: WARM_UP_SECONDS,
      server:
        'narrascope serve (one Node process, Hono on node:http, responses validated by their zod schemas)',
      client: 'autocannon in a separate process on loopback',
      corpus:
        'synthetic articles of test/store/support/synthetic-articles.ts (six languages), ingested through the real pipeline',
      searches: SEARCHES,
    },
    target:
      'issue #7: requests/s and p95 latency at 100k documents under 50 concurrent connections',
    scenarios: figures,
  }
  const path = DOCUMENTS === 2000 ? RESULTS : RESULTS.replace('.json', `-${DOCUMENTS}.json`)
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`)
  console.log(`bench: wrote ${path}`)
}

// Latencies are collected per response (autocannon's own histogram reports p97.5, not p95).
async function load(url: string, scenario: Scenario, seconds: number) {
  let next = 0
  const latencies: number[] = []
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { accept: 'application/json' },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({
          ...request,
          path: scenario.paths[next++ % scenario.paths.length]!,
        }),
      },
    ],
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime)
      })
    },
  })
  latencies.sort((a, b) => a - b)
  const at = (share: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0)
  return {
    scenario: scenario.name,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / seconds),
    latencyMs: { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(latencies.at(-1) ?? 0) },
    throughputMiBPerSecond: round(result.throughput.average / 2 ** 20, 2),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }
}

// Built once per size through the real ingest path and kept: the marker is written only when it is complete.
async function cachedStore(documents: number): Promise<string> {
  const dir = join(CACHE_DIR, `api-store-${documents}`)
  const marker = join(dir, 'bench-complete.json')
  if (existsSync(marker)) {
    const kept = JSON.parse(readFileSync(marker, 'utf8')) as { pipelineVersion: string }
    if (kept.pipelineVersion === PIPELINE_VERSION) {
      console.log(`api: reusing the cached store of ${documents} documents in ${dir}`)
      return dir
    }
  }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'input'), { recursive: true })
  const inputs: string[] = []
  for (let first = 0; first < documents; first += DOCS_PER_FILE) {
    const path = join(dir, 'input', `articles-${first}.jsonl`)
    writeSyntheticJsonl(path, Math.min(DOCS_PER_FILE, documents - first), 7, first)
    inputs.push(path)
  }
  console.log(`api: building a store of ${documents} documents in ${dir} (once)`)
  const started = performance.now()
  const store = await openEmbeddedStore(join(dir, 'store'))
  const pool = createAnalysisPool(availableParallelism())
  try {
    const summary = await ingestInputs(store, inputs, { pool })
    if (summary.stored !== documents)
      throw new Error(`expected ${documents} documents stored, got ${summary.stored}`)
  } finally {
    await pool.close()
    await store.close()
  }
  rmSync(join(dir, 'input'), { recursive: true, force: true })
  const seconds = round((performance.now() - started) / 1000)
  writeFileSync(marker, JSON.stringify({ documents, pipelineVersion: PIPELINE_VERSION, seconds }))
  console.log(`api: built in ${seconds} s`)
  return dir
}

async function startServe(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, 'serve', '--db', join(dir, 'store'), '--port', '0', '--threads', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NARRASCOPE_TOKEN: TOKEN } },
  )
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = LISTENING.exec(output)
      if (match) resolve(match[1]!)
    })
    child.on('close', (code) => reject(new Error(`serve exited with ${code} before listening`)))
  })
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.on('close', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

function searchParams(filter: Partial<DocumentFilter>): URLSearchParams {
  const params = new URLSearchParams({ limit: '10' })
  for (const [name, value] of Object.entries(filter))
    if (value !== undefined) params.set(name, value)
  return params
}

function shuffle<T>(items: T[]): T[] {
  // Deterministic (a fixed linear congruential sequence), so two runs request the same order.
  let state = 42
  for (let index = items.length - 1; index > 0; index--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    const other = state % (index + 1)
    ;[items[index], items[other]] = [items[other]!, items[index]!]
  }
  return items
}

await main()
