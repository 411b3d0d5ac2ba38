import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ExtractedArticle } from '../src/contracts/source.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SEMEVAL_DIR = join(ROOT, '..', 'shared', 'data', 'semeval2023-task3')
const SEMEVAL_LANGUAGES = ['en', 'fr', 'ge', 'it', 'po', 'ru']

/** The benchmark corpus: our demo articles plus up to `perLanguage` SemEval-2023 articles in each of six languages. */
export function buildCorpus(perLanguage: number): {
  articles: ExtractedArticle[]
  description: string
} {
  const articles: ExtractedArticle[] = []
  const examples = join(ROOT, 'examples')
  for (const name of readdirSync(examples).filter(
    (file) => file.endsWith('.txt') || file.endsWith('.md'),
  )) {
    if (name === 'README.md') continue
    articles.push(article(`demo/${name}`, readFileSync(join(examples, name), 'utf8')))
  }
  let shared = 0
  if (existsSync(SEMEVAL_DIR)) {
    for (const lang of SEMEVAL_LANGUAGES) {
      const dir = join(SEMEVAL_DIR, lang, 'train-articles-subtask-3')
      const files = readdirSync(dir).sort().slice(0, perLanguage)
      for (const file of files)
        articles.push(article(`semeval/${lang}/${file}`, readFileSync(join(dir, file), 'utf8')))
      shared += files.length
    }
  }
  const description = `${articles.length - shared} demo articles + ${shared} SemEval-2023 task 3 training articles (${SEMEVAL_LANGUAGES.join(', ')})`
  return { articles, description }
}

function article(id: string, text: string): ExtractedArticle {
  return {
    id,
    title: null,
    text: text.replace(/\r\n/gu, '\n'),
    source: { input: id, format: 'text' },
  }
}
