import { openEmbeddedStore } from '../../src/store/embedded/open-embedded-store.ts'
import { createAnalysisPool } from '../../src/store/ingest/create-analysis-pool.ts'
import { ingestInputs } from '../../src/store/ingest/ingest-inputs.ts'
import { processCpu } from './thread-cpu.ts'

// One embedded ingest in its own process, as `narrascope ingest` runs it, so that its CPU time and peak memory
// are its own: `node --import tsx run-ingest.ts <input> <store folder> <threads>` prints one JSON line.
const [input, dir, threads] = process.argv.slice(2)
if (!input || !dir || !threads)
  throw new Error('usage: run-ingest.ts <input> <store folder> <threads>')

const started = performance.now()
const store = await openEmbeddedStore(dir)
const openSeconds = (performance.now() - started) / 1000
const pool = createAnalysisPool(Number(threads))
const summary = await ingestInputs(store, [input], { pool })
const cpu = processCpu()
await pool.close()
await store.close()
process.stdout.write(
  `${JSON.stringify({
    stored: summary.stored,
    failed: summary.failed,
    seconds: (performance.now() - started) / 1000,
    openSeconds,
    cpuSeconds: cpu.totalSeconds,
    mainThreadCpuSeconds: cpu.mainThreadSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
)
