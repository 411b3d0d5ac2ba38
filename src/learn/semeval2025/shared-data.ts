import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The SemEval-2025 Task 10 training split in ../shared/data, which the trainers and the baseline read. */
export const TRAIN_DIR = fileURLToPath(
  new URL('../../../../shared/data/semeval2025-task10/train/', import.meta.url),
)

/** The five languages of the task, as its folders name them. */
export const SEMEVAL2025_LANGUAGES = ['BG', 'EN', 'HI', 'PT', 'RU'] as const

/** The folder of one language: `dir/LANG` when the split root is given, `dir` when it is the language's own. */
export function languageDir(dir: string, lang: string): string {
  const nested = join(dir, lang)
  return existsSync(nested) ? nested : dir
}
