import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { readSemevalSplit, type SemevalSplit } from './read-semeval-split.ts'
import { SEMEVAL_LANGUAGES, type SemevalFolder } from './semeval-languages.ts'

/** The train split of every language folder present under `root` (the SemEval-2023 Task 3 folder). */
export function readTrainingSplits(root: string): SemevalSplit[] {
  const folders = (Object.keys(SEMEVAL_LANGUAGES) as SemevalFolder[]).filter((folder) =>
    existsSync(join(root, folder)),
  )
  if (folders.length === 0)
    throw new Error(
      `no SemEval-2023 Task 3 language folder (${Object.keys(SEMEVAL_LANGUAGES).join(', ')}) under ${root}`,
    )
  return folders.map((folder) => readSemevalSplit(join(root, folder), folder, 'train'))
}
