import { splitSentences } from '../../components/sentences/split-sentences.ts'
import { languageData } from '../../lang/index.ts'
import { persuasionCues } from '../../lang/persuasion-cues.ts'
import type { FeatureConfig } from './feature-config.ts'
import { compileHashedCues, type HashedCues } from './hashed-cues.ts'
import { type ParagraphUnits, scanArticle } from './scan-article.ts'
import type { TaskExample } from './task-examples.ts'

/** One article of the technique task: its classified paragraphs (as example indexes) and their features. */
export interface TechniqueArticle {
  readonly group: string
  readonly lang: string
  readonly exampleIndexes: readonly number[]
  readonly units: readonly ParagraphUnits[]
  /** Per paragraph, per sentence: the techniques whose gold spans overlap the sentence. */
  readonly sentenceLabels: readonly (readonly (readonly string[])[])[]
}

/** Groups paragraph examples by article and counts their features (sentences split as the pipeline does). */
export function techniqueArticles(
  examples: readonly TaskExample[],
  config: FeatureConfig,
): TechniqueArticle[] {
  const byGroup = new Map<string, number[]>()
  examples.forEach((example, index) => {
    byGroup.set(example.group, [...(byGroup.get(example.group) ?? []), index])
  })
  const matchers = new Map<string, HashedCues | null>()
  return [...byGroup].map(([group, exampleIndexes]) => {
    const first = examples[exampleIndexes[0]!]!
    const { text } = first.article
    const paragraphs = exampleIndexes.map((index) => ({
      start: examples[index]!.start,
      end: examples[index]!.end,
      text: text.slice(examples[index]!.start, examples[index]!.end),
    }))
    const sentences = splitSentences(text, paragraphs, languageData(first.lang))
    if (!matchers.has(first.lang)) {
      const cues = persuasionCues(first.lang)
      matchers.set(first.lang, cues ? compileHashedCues(cues) : null)
    }
    const units = scanArticle(
      { text, paragraphs, sentences, lang: first.lang },
      config,
      matchers.get(first.lang) ?? null,
    )
    const sentenceLabels = units.map((unit, position) => {
      const { evidence } = examples[exampleIndexes[position]!]!
      return unit.sentences.map((sentence) => [
        ...new Set(
          evidence
            .filter((span) => span.start < sentence.end && sentence.start < span.end)
            .map((span) => span.label),
        ),
      ])
    })
    return { group, lang: first.lang, exampleIndexes, units, sentenceLabels }
  })
}
