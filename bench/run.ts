import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { formatSummary, summarizeResults } from './summarize-results.ts'
import { machineInfo } from './support/machine-info.ts'

// `npm run bench` runs every suite in bench/suites/ in its own process (fresh heap, honest peak memory); each
// writes bench/results/<suite>.json and prints its summary; then one table sums up every result on disk
// (bench/results/summary.json keeps it, with how long each suite took). `npm run bench -- pipeline peers` runs
// some. BENCH_SCALE=100000 adds the 100 000-document scales to the scaling, link and store suites (opt-in: the
// default run must stay under 15 minutes on 2 cores).
const SUITES = fileURLToPath(new URL('./suites/', import.meta.url))
const RESULTS = new URL('./results/', import.meta.url)
const SUMMARY = new URL('summary.json', RESULTS)
const only = process.argv.slice(2)

const scale = Number(process.env.BENCH_SCALE ?? 0)
const env = { ...process.env }
if (scale > 10_000) {
  env.LINK_BENCH_SIZES ??= `1000,10000,${scale}`
  env.BENCH_STORE_DOCS ??= `10000,${scale}`
}

const suites = readdirSync(SUITES)
  .filter((name) => name.endsWith('.ts'))
  .filter((name) => only.length === 0 || only.includes(name.replace(/\.ts$/u, '')))
  .sort()

const previous = existsSync(SUMMARY)
  ? (JSON.parse(readFileSync(SUMMARY, 'utf8')) as { suiteSeconds?: Record<string, number> })
  : {}
const suiteSeconds: Record<string, number> = { ...previous.suiteSeconds }
const machineBefore = machineInfo()
const started = performance.now()
let failed = 0
for (const suite of suites) {
  console.log(`\nbench: ${suite}`)
  const suiteStarted = performance.now()
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${SUITES}${suite}`], {
    stdio: 'inherit',
    env,
  })
  suiteSeconds[suite.replace(/\.ts$/u, '')] = Math.round((performance.now() - suiteStarted) / 1000)
  if (result.status !== 0) {
    failed++
    console.error(`bench: ${suite} failed with exit code ${result.status}`)
  }
}
const seconds = Math.round((performance.now() - started) / 1000)
const rows = summarizeResults(RESULTS)
const isFullRun = only.length === 0
writeFileSync(
  SUMMARY,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { ...machineBefore, loadAverage1mAtEnd: machineInfo().loadAverage1m },
      suitesRun: suites.map((suite) => suite.replace(/\.ts$/u, '')),
      // Wall time of this invocation; a full run is the 15-minute budget's measure.
      runSeconds: seconds,
      isFullRun,
      benchScale: scale || null,
      suiteSeconds,
      rows,
    },
    null,
    2,
  )}\n`,
)
console.log(`\nbench summary (every result in bench/results/, ratios are ours / peer)\n`)
console.log(formatSummary(rows))
console.log(
  `\nbench: ${suites.length} suite(s) in ${seconds} s${isFullRun ? ' (full run)' : ''}; per suite: ${Object.entries(
    suiteSeconds,
  )
    .map(([name, value]) => `${name} ${value} s`)
    .join(', ')}`,
)
process.exit(failed > 0 ? 1 : 0)
