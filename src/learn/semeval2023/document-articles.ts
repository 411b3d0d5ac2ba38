import { splitSentences } from '../../components/sentences/split-sentences.ts'
import { languageData } from '../../lang/index.ts'
import { persuasionCues } from '../../lang/persuasion-cues.ts'
import type { FeatureConfig } from './feature-config.ts'
import { type DocumentCounts, featurizeDocument } from './featurize-document.ts'
import { compileHashedCues, type HashedCues } from './hashed-cues.ts'
import type { SemevalArticle } from './read-semeval-split.ts'
import type { ArticleInput } from './scan-article.ts'
import type { TaskExample } from './task-examples.ts'

/** An article's text, its lines as paragraphs, and their sentences split as the pipeline splits them. */
export function articleInput(article: SemevalArticle): ArticleInput {
  const paragraphs = article.lines.map((line) => ({
    start: line.start,
    end: line.end,
    text: article.text.slice(line.start, line.end),
  }))
  return {
    text: article.text,
    paragraphs,
    sentences: splitSentences(article.text, paragraphs, languageData(article.lang)),
    lang: article.lang,
  }
}

/** Counts every article example of a document-level task (frames, genre) over its non-blank lines. */
export function documentCounts(
  examples: readonly TaskExample[],
  config: FeatureConfig,
): DocumentCounts[] {
  const matchers = new Map<string, HashedCues | null>()
  return examples.map((example) => {
    if (!matchers.has(example.lang)) {
      const cues = persuasionCues(example.lang)
      matchers.set(example.lang, cues ? compileHashedCues(cues) : null)
    }
    return featurizeDocument(
      articleInput(example.article),
      config,
      matchers.get(example.lang) ?? null,
    )
  })
}
