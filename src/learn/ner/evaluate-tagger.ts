import type { CompiledTagger } from './compiled-tagger.ts'
import type { TaggedSentence } from './conll-example.ts'
import { findTaggedEntities, type TaggedEntity } from './find-tagged-entities.ts'
import { type EntityScores, type ScoredEntity, scoreEntities } from './score-entities.ts'
import { tagTokens } from './tag-tokens.ts'

/** A predicted entity as a character span, with the tagger's confidence. */
export interface PredictedEntity extends ScoredEntity {
  readonly confidence: number
}

/** Runs the tagger on one sentence and returns its entities as character spans. */
export function tagSentence(tagger: CompiledTagger, sentence: TaggedSentence): PredictedEntity[] {
  const { text, tokens } = sentence
  if (tokens.length === 0) return []
  const tagged = tagTokens(tagger, text, tokens, 0, tokens.length, text.length)
  return findTaggedEntities(tagged, tagger.tags).map((entity: TaggedEntity) => ({
    start: tokens[entity.first]!.start,
    end: tokens[entity.last]!.end,
    label: entity.label,
    confidence: entity.confidence,
  }))
}

/** Entity-level exact-match scores of the tagger on tagged sentences (gold from `sentence.entities`). */
export function evaluateTagger(
  tagger: CompiledTagger,
  sentences: readonly TaggedSentence[],
): EntityScores {
  return scoreEntities(
    sentences.map((sentence) => ({
      gold: sentence.entities,
      predicted: tagSentence(tagger, sentence),
    })),
  )
}
