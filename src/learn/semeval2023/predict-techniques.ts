import { scoreLinear, toProbabilities } from '../linear-model.ts'
import type { CompiledModel } from './compile-model.ts'
import { decide } from './cross-fit-decisions.ts'
import { type ArticleInput, type LiveUnit, visitArticle } from './scan-article.ts'
import { articleAggregates, stackVector } from './stack-features.ts'
import type { ParagraphScores } from './technique-stage-one.ts'
import { writeUnitVector } from './unit-vector.ts'

/** The technique model's output for one paragraph. */
export interface ParagraphPrediction {
  /** Calibrated probability of every label. */
  readonly probabilities: Float64Array
  /** Indexes of the labels the decision rule assigns. */
  readonly assigned: readonly number[]
  readonly scores: ParagraphScores
  /** The paragraph's sentences, in order (the first stage scored each, see `scores.sentences`). */
  readonly sentences: readonly { readonly start: number; readonly end: number }[]
}

/**
 * Runs both stages of a technique model over every paragraph of an article, scoring each sentence as soon as it
 * is scanned, so memory stays bounded by the number of sentences times the number of labels.
 */
export function predictTechniques(
  model: CompiledModel,
  input: ArticleInput,
): ParagraphPrediction[] {
  const { idf, features, layout } = model
  const labelCount = model.labels.length
  const paragraphs = input.paragraphs.map(() => ({
    paragraph: new Float64Array(labelCount),
    bestSentence: new Float64Array(labelCount).fill(Number.NEGATIVE_INFINITY),
    bestSentenceIndex: new Int32Array(labelCount),
    sentences: [] as Float64Array[],
    spans: [] as { start: number; end: number }[],
  }))
  const { scorer } = model
  const score = (unit: LiveUnit, out?: Float64Array) =>
    scorer.score(writeUnitVector(unit, idf, features, layout, scorer.scratch), out)
  visitArticle(input, features, model.cues(input.lang), {
    sentence(paragraph, span, unit) {
      const entry = paragraphs[paragraph]!
      const logits = score(unit)
      for (let label = 0; label < labelCount; label++) {
        if (logits[label]! > entry.bestSentence[label]!) {
          entry.bestSentence[label] = logits[label]!
          entry.bestSentenceIndex[label] = entry.sentences.length
        }
      }
      entry.sentences.push(logits)
      entry.spans.push({ start: span.start, end: span.end })
    },
    paragraph(paragraph, unit) {
      score(unit, paragraphs[paragraph]!.paragraph)
    },
  })
  const aggregates = articleAggregates(
    paragraphs.map((entry) => entry.paragraph),
    labelCount,
  )
  return paragraphs.map((entry, position) => {
    const probabilities = toProbabilities(
      scoreLinear(
        model.stack,
        stackVector({
          paragraph: entry.paragraph,
          bestSentence: entry.bestSentence,
          ...aggregates,
          position,
          paragraphCount: paragraphs.length,
          lang: input.lang,
        }),
      ),
      model.stack.loss,
    )
    const decisions = new Uint8Array(labelCount)
    decide(probabilities, 0, labelCount, model.rule, decisions)
    const assigned: number[] = []
    decisions.forEach((decision, label) => {
      if (decision) assigned.push(label)
    })
    const { sentences, spans, ...scores } = entry
    return { probabilities, assigned, scores: { ...scores, sentences }, sentences: spans }
  })
}
