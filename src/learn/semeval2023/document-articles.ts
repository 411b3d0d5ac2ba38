import { persuasionCues } from '../../lang/persuasion-cues.ts'
import type { FeatureConfig } from './feature-config.ts'
import { type DocumentCounts, featurizeDocument } from './featurize-document.ts'
import { compileHashedCues, type HashedCues } from './hashed-cues.ts'
import type { TaskExample } from './task-examples.ts'

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
      example.article.text,
      example.article.lines,
      example.lang,
      config,
      matchers.get(example.lang) ?? null,
    )
  })
}
