import { readdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { formatFromPath } from './detect-format.ts'
import { fsInputError } from './fs-input-error.ts'
import type { InputError } from './input-error.ts'

/** A readable-looking file found by a walk, or a place the walk could not enter. */
export type WalkEntry = { path: string; error?: undefined } | { path: string; error: InputError }

/**
 * Lists files with supported extensions under a directory, depth first, each directory in code-unit
 * order of names; hidden entries (".name") and README/LICENSE-style notes are skipped and symbolic-link cycles are entered once.
 */
export async function* walkDirectory(root: string): AsyncGenerator<WalkEntry> {
  yield* walk(root, new Set())
}

async function* walk(directory: string, visited: Set<string>): AsyncGenerator<WalkEntry> {
  let names: string[]
  try {
    const real = await realpath(directory)
    if (visited.has(real)) return
    visited.add(real)
    names = (await readdir(directory)).sort(compareCodeUnits)
  } catch (error) {
    yield { path: directory, error: fsInputError(error) }
    return
  }
  for (const name of names) {
    if (name.startsWith('.') || PROJECT_FILE.test(name)) continue
    const path = join(directory, name)
    let isDirectory: boolean
    try {
      // stat, not lstat: a link to a file or folder is followed like the thing it points to.
      isDirectory = (await stat(path)).isDirectory()
    } catch (error) {
      if (formatFromPath(name) !== undefined) yield { path, error: fsInputError(error) }
      continue
    }
    if (isDirectory) yield* walk(path, visited)
    else if (formatFromPath(name) !== undefined) yield { path }
  }
}

// A folder of articles often carries its own README or licence: notes about the articles, not articles.
const PROJECT_FILE =
  /^(?:readme|license|licence|changelog|contributing|notice|copying)(?:\.[a-z]+)?$/iu

function compareCodeUnits(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
