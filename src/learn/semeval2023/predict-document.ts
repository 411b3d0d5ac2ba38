import { scoreLinear, toProbabilities } from '../linear-model.ts'
import type { CompiledModel } from './compile-model.ts'
import { decide } from './cross-fit-decisions.ts'
import { documentStackVector } from './document-stack.ts'
import { type DocumentCounts, featurizeDocument } from './featurize-document.ts'
import type { ArticleInput } from './scan-article.ts'
import { writeUnitVector } from './unit-vector.ts'

/** A document-level model's output: calibrated probabilities, assigned labels, and per-paragraph logits. */
export interface DocumentPrediction {
  readonly probabilities: Float64Array
  readonly assigned: readonly number[]
  /** First-stage score of each paragraph on its own (style aside) for a label, to point at its evidence. */
  readonly paragraphScores: (label: number) => Float64Array
}

/** Runs a frames or genre model over a document. */
export function predictDocument(model: CompiledModel, input: ArticleInput): DocumentPrediction {
  const counts = cachedCounts(input, model)
  const { scorer } = model
  const logits = scorer.score(
    writeUnitVector(counts.document, model.idf, model.features, model.layout, scorer.scratch),
  )
  const labelCount = model.labels.length
  const decisions = new Uint8Array(labelCount)
  let probabilities: Float64Array
  if (model.decideOn === 'first-stage') {
    // The rule reads the first stage, and the second stage reads the rule's decision (documentStackVector).
    decide(
      toProbabilities(logits.slice(), model.classifier.loss),
      0,
      labelCount,
      model.rule,
      decisions,
    )
    probabilities = toProbabilities(
      scoreLinear(model.stack, documentStackVector(logits, input.lang, decisions)),
      model.stack.loss,
    )
  } else {
    probabilities = toProbabilities(
      scoreLinear(model.stack, documentStackVector(logits, input.lang)),
      model.stack.loss,
    )
    decide(probabilities, 0, labelCount, model.rule, decisions)
  }
  const assigned: number[] = []
  decisions.forEach((decision, label) => {
    if (decision) assigned.push(label)
  })
  // Paragraph style differs from article style: evidence is scored on the words, characters and cues alone
  // (without the bias, which would shift every paragraph alike), once per paragraph and only when asked.
  const noStyle = new Float32Array(0)
  let paragraphLogits: Float64Array[] | null = null
  const paragraphScores = (label: number) => {
    paragraphLogits ??= counts.paragraphs.map((paragraph) => {
      const vector = writeUnitVector(
        { ...paragraph, style: noStyle },
        model.idf,
        model.features,
        model.layout,
        scorer.scratch,
      )
      return scorer.score(vector, undefined, false)
    })
    return Float64Array.from(paragraphLogits, (logits) => logits[label]!)
  }
  return { probabilities, assigned, paragraphScores }
}

// The frame and genre models share their features: the second to read a document reuses the first one's counts
// (the same idea as tokenize's cache of the last text).
let cached: { input: ArticleInput; featureKey: string; counts: DocumentCounts } | null = null

function cachedCounts(input: ArticleInput, model: CompiledModel): DocumentCounts {
  if (
    cached &&
    cached.input.text === input.text &&
    cached.input.paragraphs === input.paragraphs &&
    cached.input.sentences === input.sentences &&
    cached.input.lang === input.lang &&
    cached.featureKey === model.featureKey
  )
    return cached.counts
  const counts = featurizeDocument(input, model.features, model.cues(input.lang))
  cached = { input, featureKey: model.featureKey, counts }
  return counts
}
