import { createAnalysisPool } from '../../src/store/ingest/create-analysis-pool.ts'
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.ts'
import { DEFAULT_QUEUE_TIMINGS, openIngestQueue } from '../../src/store/queue/open-ingest-queue.ts'
import { runWorker } from '../../src/store/queue/run-worker.ts'
import { processCpu } from './thread-cpu.ts'

// One queue worker in its own process, as `narrascope worker --exit-when-idle` runs it, printing its CPU time
// and peak memory as one JSON line: `node --import tsx run-queue-worker.ts <postgres url> <jobs per fetch>`.
// The PostgreSQL server's own CPU time (full-text vectors, index inserts) is not in it.
const [url, jobsPerFetch] = process.argv.slice(2)
if (!url || !jobsPerFetch)
  throw new Error('usage: run-queue-worker.ts <postgres url> <jobs per fetch>')

const store = await openPostgresStore(url)
const boss = await openIngestQueue(url, DEFAULT_QUEUE_TIMINGS)
const pool = createAnalysisPool(0)
let stored = 0
await runWorker(store, boss, {
  pool,
  jobsPerFetch: Number(jobsPerFetch),
  loops: 2,
  exitWhenIdle: true,
  onCommit: (event) => {
    stored += event.stored.length
  },
})
await boss.stop({ graceful: true, wait: true })
await pool.close()
await store.close()
process.stdout.write(
  `${JSON.stringify({
    stored,
    cpuSeconds: processCpu().totalSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
)
