import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// `npm run train` rebuilds every shipped model from ../shared/data: each file in scripts/trainers/ is one model's
// trainer, run in name order in its own process (a crash in one says which). Trainers are deterministic.
const TRAINERS = fileURLToPath(new URL('./trainers/', import.meta.url))
const only = process.argv.slice(2)

const trainers = readdirSync(TRAINERS)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .filter((name) => only.length === 0 || only.includes(name.replace(/\.ts$/u, '')))
  .sort()

for (const trainer of trainers) {
  console.log(`train: ${trainer}`)
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${TRAINERS}${trainer}`], {
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    console.error(`train: ${trainer} failed with exit code ${result.status}`)
    process.exit(1)
  }
}
console.log(`train: ${trainers.length} models rebuilt`)
