import { writeFileSync } from 'node:fs'
import { syntheticArticles } from './synthetic-articles.ts'

/** Writes `count` synthetic articles as JSONL records (the format `ingest` reads) and returns their ids. */
export function writeSyntheticJsonl(
  path: string,
  count: number,
  seed = 1,
  firstIndex = 0,
): string[] {
  const lines: string[] = []
  const ids: string[] = []
  for (const article of syntheticArticles(count, seed, firstIndex)) {
    ids.push(article.id)
    lines.push(
      JSON.stringify({
        id: article.id,
        url: article.source.url,
        title: article.title,
        text: article.text,
        lang: article.source.declaredLang,
        published: article.source.published,
        outlet: article.source.outlet,
      }),
    )
  }
  writeFileSync(path, `${lines.join('\n')}\n`)
  return ids
}
