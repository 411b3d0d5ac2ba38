import type { CompiledTagger } from './compiled-tagger.ts'
import type { TaggedSentence } from './conll-example.ts'
import { tagMarginals } from './decode-tags.ts'
import { tagTokens } from './tag-tokens.ts'

// Candidate temperatures, a geometric grid: perceptron scores have no natural scale, so the range is wide.
const TEMPERATURES = Array.from({ length: 41 }, (_, step) => 0.25 * 1.15 ** step)
// Marginals are clipped here before taking logarithms, so one confident mistake cannot dominate.
const MIN_PROBABILITY = 1e-6

/**
 * Picks the temperature that minimises the negative log-likelihood of the gold tags under the tagger's
 * forward-backward marginals on held-out sentences, so that token marginals read as probabilities.
 */
export function fitTemperature(
  tagger: CompiledTagger,
  sentences: readonly TaggedSentence[],
): { temperature: number; logLoss: number } {
  const tagIndex = new Map(tagger.tags.map((tag, index) => [tag, index]))
  const tagCount = tagger.tags.length
  const scored = sentences
    .filter((sentence) => sentence.tokens.length > 0)
    .map((sentence) => {
      const { text, tokens } = sentence
      const { emissions } = tagTokens(tagger, text, tokens, 0, tokens.length, text.length)
      return {
        scores: { emissions, transitions: tagger.transitions, length: tokens.length, tagCount },
        gold: sentence.tags.map((tag) => tagIndex.get(tag) ?? 0),
      }
    })
  let best = { temperature: 1, logLoss: Number.POSITIVE_INFINITY }
  for (const temperature of TEMPERATURES) {
    let loss = 0
    let count = 0
    for (const { scores, gold } of scored) {
      const marginals = tagMarginals(scores, temperature)
      gold.forEach((tag, index) => {
        loss -= Math.log(Math.max(MIN_PROBABILITY, marginals[index * tagCount + tag]!))
        count++
      })
    }
    const logLoss = loss / Math.max(1, count)
    if (logLoss < best.logLoss) best = { temperature, logLoss }
  }
  return best
}
