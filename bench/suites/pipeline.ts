import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { createDoc, type Doc } from '../../src/doc/doc.ts'
import { DEFAULT_COMPONENTS } from '../../src/pipeline/create-pipeline.ts'
import { registry } from '../../src/pipeline/registry.ts'
import { buildCorpus } from '../build-corpus.ts'

// Repeated runs after a warm-up; the median resists a noisy neighbour on a shared 2-core machine.
const WARM_UP_RUNS = 1
const MEASURED_RUNS = Number(process.env.BENCH_RUNS ?? 5)
const ARTICLES_PER_LANGUAGE = Number(process.env.BENCH_PER_LANGUAGE ?? 60)

type Apply = (doc: Doc) => unknown

const { articles, description } = buildCorpus(ARTICLES_PER_LANGUAGE)
const totalBytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0)
const stages = DEFAULT_COMPONENTS.map((name) => {
  const component = registry[name]
  const create = component.create as (config: unknown) => Apply
  return { name, assigns: component.assigns, apply: create(component.config.parse({})) }
})

function runOnce(): { totalMs: number; stageMs: Record<string, number>; checksum: number } {
  const stageMs: Record<string, number> = Object.fromEntries(stages.map((stage) => [stage.name, 0]))
  let checksum = 0
  const started = performance.now()
  for (const article of articles) {
    let doc = createDoc(article)
    for (const stage of stages) {
      const before = performance.now()
      const value = stage.apply(doc)
      stageMs[stage.name] = (stageMs[stage.name] ?? 0) + performance.now() - before
      doc = { ...doc, spans: { ...doc.spans, [stage.assigns]: value } }
    }
    // Use the result so the JIT cannot discard the work.
    checksum += doc.spans.entities?.length ?? 0
  }
  return { totalMs: performance.now() - started, stageMs, checksum }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

for (let run = 0; run < WARM_UP_RUNS; run++) runOnce()
const runs = Array.from({ length: MEASURED_RUNS }, runOnce)
const totalMs = median(runs.map((run) => run.totalMs))
const megabytes = totalBytes / 1e6
const result = {
  benchmark: 'pipeline',
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  corpus: { description, documents: articles.length, megabytes: Number(megabytes.toFixed(3)) },
  runs: MEASURED_RUNS,
  medianMs: Number(totalMs.toFixed(1)),
  documentsPerSecond: Number((articles.length / (totalMs / 1000)).toFixed(1)),
  megabytesPerSecondOneCore: Number((megabytes / (totalMs / 1000)).toFixed(3)),
  peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  stages: Object.fromEntries(
    stages.map((stage) => {
      const ms = median(runs.map((run) => run.stageMs[stage.name] ?? 0))
      return [
        stage.name,
        {
          medianMs: Number(ms.toFixed(1)),
          megabytesPerSecond: Number((megabytes / (ms / 1000)).toFixed(2)),
        },
      ]
    }),
  ),
  checksum: runs[0]?.checksum,
}
mkdirSync(new URL('../results/', import.meta.url), { recursive: true })
writeFileSync(
  new URL('../results/pipeline.json', import.meta.url),
  `${JSON.stringify(result, null, 2)}\n`,
)
console.table(
  Object.fromEntries(Object.entries(result.stages).map(([name, stage]) => [name, stage])),
)
console.log(
  `pipeline: ${result.documentsPerSecond} docs/s, ${result.megabytesPerSecondOneCore} MB/s on one core, peak RSS ${result.peakRssMiB} MiB (${result.corpus.documents} docs, ${result.corpus.megabytes} MB)`,
)
