import type { ArticleInput, UnitCounts } from './scan-article.ts'

// Techniques, frames and genre count an article with the same features (task-configs.ts), paragraph by
// paragraph as the sum of its sentences. The last article's paragraph counts are kept here, so that the models
// after the first read them instead of scanning the article again (as tokenize keeps its last text).
let last: { input: ArticleInput; featureKey: string; paragraphs: readonly UnitCounts[] } | null =
  null

/** Keeps the paragraph counts of `input` under the feature configuration `featureKey`. */
export function rememberParagraphCounts(
  input: ArticleInput,
  featureKey: string,
  paragraphs: readonly UnitCounts[],
): void {
  last = { input, featureKey, paragraphs }
}

/** The paragraph counts kept for this very article (same text, paragraph and sentence lists, language). */
export function recallParagraphCounts(
  input: ArticleInput,
  featureKey: string,
): readonly UnitCounts[] | null {
  if (!last || last.featureKey !== featureKey) return null
  const kept = last.input
  const same =
    kept.text === input.text &&
    kept.paragraphs === input.paragraphs &&
    kept.sentences === input.sentences &&
    kept.lang === input.lang
  return same ? last.paragraphs : null
}
