import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// `npm run train` rebuilds every shipped model from ../shared/data: each file in scripts/trainers/ is one model's
// trainer, run in name order in its own process (a crash in one says which). Trainers are deterministic.
// `npm run train -- ner --lang fr`: the names choose trainers, the options from the first `--` on go to each of them.
const TRAINERS = fileURLToPath(new URL('./trainers/', import.meta.url))
const args = process.argv.slice(2)
const firstOption = args.findIndex((arg) => arg.startsWith('--'))
const only = firstOption === -1 ? args : args.slice(0, firstOption)
const options = firstOption === -1 ? [] : args.slice(firstOption)

const known = readdirSync(TRAINERS)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => name.replace(/\.ts$/u, ''))
  .sort()
const trainers = known.filter((name) => only.length === 0 || only.includes(name))
const unknown = only.filter((name) => !known.includes(name))
if (unknown.length > 0) {
  console.error(
    `train: no trainer named ${unknown.join(', ')}; the trainers are: ${known.join(', ')}`,
  )
  process.exit(2)
}

for (const trainer of trainers) {
  console.log(`train: ${trainer}`)
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', `${TRAINERS}${trainer}.ts`, ...options],
    {
      stdio: 'inherit',
    },
  )
  if (result.status !== 0) {
    console.error(`train: ${trainer} failed with exit code ${result.status}`)
    process.exit(1)
  }
}
console.log(`train: ${trainers.length} models rebuilt`)
