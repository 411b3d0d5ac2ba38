import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeArticle } from '../../src/analyze/analyze-article.ts'
import { extractText } from '../../src/extract/extract-text.ts'
import { machineInfo } from '../support/machine-info.ts'
import { measure } from '../support/measure.ts'

// How analysis time and memory grow with the number of documents: each size runs in a fresh process (honest
// peak RSS) that streams N documents through extractText + analyzeArticle + JSON serialisation, as
// `narrascope analyze` does for JSONL output, keeping nothing but a checksum. Documents cycle through the
// SemEval-2023 articles of six languages (about 990 distinct texts), each copy with its own id.
// Sizes: 1 000 and 10 000 by default; BENCH_SCALE=100000 (or BENCH_SCALING_SIZES=1000,10000,100000) adds more.
// Ingest and linking scale in the store and link suites.
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SEMEVAL_DIR = join(ROOT, '..', 'shared', 'data', 'semeval2023-task3')
const LANG_DIRS = ['en', 'fr', 'ge', 'it', 'po', 'ru']
const DEFAULT_SIZES = [1000, 10_000]

function sizes(): number[] {
  if (process.env.BENCH_SCALING_SIZES) return process.env.BENCH_SCALING_SIZES.split(',').map(Number)
  const scale = Number(process.env.BENCH_SCALE ?? 0)
  return scale > Math.max(...DEFAULT_SIZES) ? [...DEFAULT_SIZES, scale] : DEFAULT_SIZES
}

function loadTexts(): string[] {
  const texts: string[] = []
  for (const dir of LANG_DIRS) {
    const folder = join(SEMEVAL_DIR, dir, 'train-articles-subtask-1')
    for (const file of readdirSync(folder).sort())
      texts.push(readFileSync(join(folder, file), 'utf8'))
  }
  // Interleave languages so that every prefix of the stream has all six.
  return texts.sort((a, b) => hashOf(a) - hashOf(b))
}

function hashOf(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < Math.min(text.length, 200); index++)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return hash >>> 0
}

// One size, in this (child) process.
function runSize(documents: number): void {
  const texts = loadTexts()
  let megabytes = 0
  let checksum = 0
  // Model loading and JIT warm-up happen once per process: timed apart, on one document outside the count.
  const coldStart = measure(() => {
    analyzeArticle({
      id: 'warm-up',
      title: null,
      text: texts[0]!,
      source: { input: 'warm-up', format: 'text' },
    })
  })
  const heapBefore = process.memoryUsage().heapUsed
  const timing = measure(() => {
    for (let index = 0; index < documents; index++) {
      const raw = texts[index % texts.length]!
      megabytes += Buffer.byteLength(raw) / 1e6
      const { title, text } = extractText(raw)
      const id = `scaling/${index}`
      const analysed = analyzeArticle({ id, title, text, source: { input: id, format: 'text' } })
      checksum += JSON.stringify(analysed).length
    }
  })
  const row = {
    documents,
    distinctTexts: texts.length,
    coldStartCpuMs: Math.round(coldStart.cpuMs),
    megabytes: Number(megabytes.toFixed(2)),
    wallMs: Math.round(timing.wallMs),
    cpuMs: Math.round(timing.cpuMs),
    documentsPerCpuSecond: Math.round(documents / (timing.cpuMs / 1000)),
    megabytesPerCpuSecond: Number((megabytes / (timing.cpuMs / 1000)).toFixed(3)),
    cpuMsPerDocument: Number((timing.cpuMs / documents).toFixed(2)),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    heapGrowthMiB: Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20),
    loadAverage1m: machineInfo().loadAverage1m,
    checksum,
  }
  process.stdout.write(`${JSON.stringify(row)}\n`)
}

if (process.argv[2]) {
  runSize(Number(process.argv[2]))
} else if (!existsSync(SEMEVAL_DIR)) {
  console.log('scaling: skipped, ../shared/data is absent (the corpus is built from its articles)')
} else {
  const machine = machineInfo()
  const rows = sizes().map((size) => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), `${size}`],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 20,
      },
    )
    if (child.status !== 0) throw new Error(`scaling: size ${size} failed (exit ${child.status})`)
    const row = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>
    console.log(
      `scaling: ${size} docs, ${row.cpuMsPerDocument} CPU ms per doc, ${row.megabytesPerCpuSecond} MB per CPU s, peak RSS ${row.peakRssMiB} MiB (load ${row.loadAverage1m})`,
    )
    return row
  })
  const first = rows[0]!
  const result = {
    benchmark: 'scaling',
    date: new Date().toISOString(),
    machine,
    method:
      'one fresh process per size; models loaded on one warm-up document first (coldStartCpuMs), then extractText + analyzeArticle + JSON.stringify per document, streamed (nothing kept); CPU time = user + system',
    runs: rows.map((row) => ({
      ...row,
      // 1.0 means linear: the cost per document does not grow with the corpus.
      cpuPerDocumentVsSmallest: Number(
        ((row.cpuMsPerDocument ?? 0) / (first.cpuMsPerDocument ?? 1)).toFixed(2),
      ),
    })),
  }
  writeFileSync(
    new URL('../results/scaling.json', import.meta.url),
    `${JSON.stringify(result, null, 2)}\n`,
  )
}
