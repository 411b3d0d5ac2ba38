import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The shared folder beside the repository (seeds, training data), which CI provides and clones may lack. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url))

/** True when ../shared/seeds is present; tests that need it skip with a visible reason otherwise. */
export const hasSeeds = existsSync(`${SHARED_DIR}seeds`)

/** Why seed tests were skipped, printed once so a skip is never silent. */
export const SEEDS_SKIP_REASON = `../shared/seeds not found at ${SHARED_DIR}seeds: seed tests skipped`

/** Reads a seed article by its number prefix ("000", "003"). */
export function readSeed(prefix: string): { path: string; text: string } {
  const name = ['000_e860bd2311098fff.txt', '003_e86da6ca945744d1.txt'].find((file) =>
    file.startsWith(prefix),
  )
  if (!name) throw new Error(`no seed ${prefix}`)
  const path = `${SHARED_DIR}seeds/${name}`
  return { path, text: readFileSync(path, 'utf8') }
}
