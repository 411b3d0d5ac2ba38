import { bioTags } from './bio-tags.ts'
import { buildSequence } from './build-sequence.ts'
import type { TaggedSentence } from './conll-example.ts'
import type { TaggerWeights } from './tagger-weights.ts'
import { type TrainingSequence, type TrainTaggerOptions, trainTagger } from './train-tagger.ts'
import { type NerLexicon, type WordFeatures, wordFeatures } from './word-features.ts'

/** Training settings: the perceptron's epochs and seed, and the word lists behind gazetteer features. */
export interface TrainNerOptions extends TrainTaggerOptions {
  readonly lexicon: NerLexicon
}

/** Trains a BIO tagger on tagged sentences; the labels are those the sentences use, in sorted order. */
export function trainNer(
  sentences: readonly TaggedSentence[],
  options: TrainNerOptions,
): TaggerWeights {
  const labels = [
    ...new Set(sentences.flatMap((sentence) => sentence.entities.map((entity) => entity.label))),
  ].sort()
  const tags = bioTags(labels)
  const tagIndex = new Map(tags.map((tag, index) => [tag, index]))
  const words = new Map<string, WordFeatures>()
  const wordOf = (word: string): WordFeatures => {
    let features = words.get(word)
    if (!features) {
      features = wordFeatures(word, options.lexicon)
      words.set(word, features)
    }
    return features
  }
  const examples: TrainingSequence[] = sentences
    .filter((sentence) => sentence.tokens.length > 0)
    .map((sentence) => ({
      sequence: buildSequence(
        sentence.text,
        sentence.tokens,
        0,
        sentence.tokens.length,
        sentence.text.length,
        wordOf,
      ),
      tags: sentence.tags.map((tag) => tagIndex.get(tag) ?? 0),
    }))
  return trainTagger(examples, tags, options)
}
