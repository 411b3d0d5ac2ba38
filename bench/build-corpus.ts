import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ExtractedArticle } from '../src/contracts/source.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SEMEVAL_DIR = join(ROOT, '..', 'shared', 'data', 'semeval2023-task3')
// SemEval-2023 folder names; "ge" is German and "po" Polish.
const SEMEVAL_LANGUAGES = ['en', 'fr', 'ge', 'it', 'po', 'ru']

/** What a benchmark corpus holds: documents and UTF-8 bytes per part, so results say what they measured. */
export interface CorpusDescription {
  readonly summary: string
  readonly documents: number
  readonly megabytes: number
  readonly parts: Record<string, { documents: number; megabytes: number }>
}

/**
 * The benchmark corpus: our demo articles plus the first `perLanguage` SemEval-2023 task 3 training articles (by
 * file name) in each of six languages, raw text with CRLF turned into LF. Fixed: the same files on every run.
 */
export function buildCorpus(perLanguage: number): {
  articles: ExtractedArticle[]
  description: CorpusDescription
} {
  const articles: ExtractedArticle[] = []
  const parts: Record<string, { documents: number; megabytes: number }> = {}
  const add = (part: string, id: string, text: string): void => {
    const item = article(id, text)
    articles.push(item)
    const entry = parts[part] ?? { documents: 0, megabytes: 0 }
    parts[part] = entry
    entry.documents++
    entry.megabytes += Buffer.byteLength(item.text) / 1e6
  }
  const examples = join(ROOT, 'examples')
  for (const name of readdirSync(examples).sort()) {
    if (name === 'README.md' || !(name.endsWith('.txt') || name.endsWith('.md'))) continue
    add('demo', `demo/${name}`, readFileSync(join(examples, name), 'utf8'))
  }
  if (existsSync(SEMEVAL_DIR)) {
    for (const lang of SEMEVAL_LANGUAGES) {
      const dir = join(SEMEVAL_DIR, lang, 'train-articles-subtask-3')
      for (const file of readdirSync(dir).sort().slice(0, perLanguage))
        add(`semeval2023/${lang}`, `semeval/${lang}/${file}`, readFileSync(join(dir, file), 'utf8'))
    }
  }
  for (const entry of Object.values(parts)) entry.megabytes = Number(entry.megabytes.toFixed(3))
  const megabytes = Object.values(parts).reduce((sum, entry) => sum + entry.megabytes, 0)
  const shared = articles.length - (parts.demo?.documents ?? 0)
  const summary = existsSync(SEMEVAL_DIR)
    ? `${parts.demo?.documents ?? 0} demo articles + ${shared} SemEval-2023 task 3 training articles (first ${perLanguage} by file name in ${SEMEVAL_LANGUAGES.join(', ')})`
    : `${articles.length} demo articles only: ../shared/data is absent`
  return {
    articles,
    description: {
      summary,
      documents: articles.length,
      megabytes: Number(megabytes.toFixed(3)),
      parts,
    },
  }
}

function article(id: string, text: string): ExtractedArticle {
  return {
    id,
    title: null,
    text: text.replace(/\r\n/gu, '\n'),
    source: { input: id, format: 'text' },
  }
}
