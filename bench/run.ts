import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// `npm run bench` runs every suite in bench/suites/ in its own process (fresh heap, honest peak memory); each
// writes bench/results/<suite>.json and prints its summary. `npm run bench -- pipeline store` runs some.
const SUITES = fileURLToPath(new URL('./suites/', import.meta.url))
const only = process.argv.slice(2)

const suites = readdirSync(SUITES)
  .filter((name) => name.endsWith('.ts'))
  .filter((name) => only.length === 0 || only.includes(name.replace(/\.ts$/u, '')))
  .sort()

let failed = 0
for (const suite of suites) {
  console.log(`\nbench: ${suite}`)
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${SUITES}${suite}`], {
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    failed++
    console.error(`bench: ${suite} failed with exit code ${result.status}`)
  }
}
process.exit(failed > 0 ? 1 : 0)
