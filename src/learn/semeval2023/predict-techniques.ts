import { addEntries, scoreLinear, toProbabilities } from '../linear-model.ts'
import { rememberParagraphCounts } from './article-counts-cache.ts'
import type { CompiledModel } from './compile-model.ts'
import { decide } from './cross-fit-decisions.ts'
import { type ArticleInput, toUnitCounts, type UnitCounts, visitArticle } from './scan-article.ts'
import { articleAggregates, stackVector } from './stack-features.ts'
import { STYLE_FEATURES } from './style-features.ts'
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
  const { idf, features, layout, scorer, classifier } = model
  const labelCount = model.labels.length
  const paragraphs = input.paragraphs.map(() => ({
    paragraph: new Float64Array(labelCount),
    bestSentence: new Float64Array(labelCount).fill(Number.NEGATIVE_INFINITY),
    bestSentenceIndex: new Int32Array(labelCount),
    sentences: [] as Float64Array[],
    spans: [] as { start: number; end: number }[],
  }))
  const paragraphCounts: UnitCounts[] = []
  // Style values come last in a unit's vector. A paragraph of one sentence has that sentence's counts and
  // differs from it only in style: its logits are the sentence's before style, plus its own style.
  const styleCount = features.style ? STYLE_FEATURES.length : 0
  const beforeStyle = paragraphs.map((): Float64Array | null => null)
  const style = { indices: new Int32Array(styleCount), values: new Float32Array(styleCount) }
  for (let index = 0; index < styleCount; index++) style.indices[index] = layout.styleOffset + index
  visitArticle(input, features, model.cues(input.lang), {
    sentence(paragraph, span, unit) {
      const entry = paragraphs[paragraph]!
      const vector = writeUnitVector(unit, idf, features, layout, scorer.scratch)
      const counted = vector.length - styleCount
      const prefix = scorer.score(vector, undefined, true, counted)
      const logits = addEntries(classifier, vector, counted, vector.length, prefix.slice())
      beforeStyle[paragraph] = prefix
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
      const entry = paragraphs[paragraph]!
      const prefix = beforeStyle[paragraph]
      if (entry.sentences.length === 1 && prefix) {
        // The same values writeUnitVector gives the style block (stored as float32).
        for (let index = 0; index < styleCount; index++)
          style.values[index] = unit.style[index]! * features.blockWeights.style
        entry.paragraph.set(prefix)
        addEntries(classifier, style, 0, styleCount, entry.paragraph)
      } else
        scorer.score(writeUnitVector(unit, idf, features, layout, scorer.scratch), entry.paragraph)
      paragraphCounts.push(toUnitCounts(unit))
    },
  })
  // Frames and genre count the article the same way: they take these counts instead of scanning it again.
  rememberParagraphCounts(input, model.featureKey, paragraphCounts)
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
