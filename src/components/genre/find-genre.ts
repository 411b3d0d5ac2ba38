import type { Genre } from '../../contracts/annotations.ts'
import type { AnnotatedDoc } from '../../doc/doc.ts'
import { makeSpan } from '../../doc/span.ts'
import type { CompiledModel } from '../../learn/semeval2023/compile-model.ts'
import { paragraphEvidence } from '../../learn/semeval2023/paragraph-evidence.ts'
import { predictDocument } from '../../learn/semeval2023/predict-document.ts'
import { SEMEVAL_CODES } from '../../learn/semeval2023/semeval-languages.ts'
import { genreModel } from './genre-model.ts'

// Reported confidences keep four decimals, so output is stable and readable.
const CONFIDENCE_DECIMALS = 4
// The shortest 1 % of the SemEval-2023 training articles have under 139 words (the median 612).
const MIN_ARTICLE_WORDS = 120
const WORD = /[\p{L}\p{N}]+/gu

/**
 * Says whether the article is opinion, reporting or satire, with calibrated scores for all three and the
 * paragraphs that weigh most towards the chosen genre; null for a text without paragraphs; nothing for a
 * language the model was not trained on.
 */
export function findGenre(
  doc: AnnotatedDoc<'paragraphs' | 'sentences' | 'language'>,
  model: CompiledModel = genreModel(),
): Genre | null {
  const lang = doc.spans.language?.code ?? null
  // The model knows six languages; on any other its scores mean nothing, so it says nothing (see README).
  if (!lang || !SEMEVAL_CODES.includes(lang)) return null
  const { paragraphs } = doc.spans
  if (paragraphs.length === 0) return null
  const prediction = predictDocument(model, {
    text: doc.text,
    paragraphs,
    sentences: doc.spans.sentences,
    lang,
  })
  // The decision's offsets favour the rarer genres by what macro-F1 rewards on whole articles; a feed summary
  // or a brief is shorter than 99 % of them, so it gets the most probable genre instead.
  const chosen =
    wordCount(doc.text) < MIN_ARTICLE_WORDS
      ? argmax(prediction.probabilities)
      : (prediction.assigned[0] ?? 0)
  const score = (label: string) => round(prediction.probabilities[model.labels.indexOf(label)] ?? 0)
  return {
    label: model.labels[chosen] as Genre['label'],
    confidence: round(prediction.probabilities[chosen]!),
    scores: { opinion: score('opinion'), reporting: score('reporting'), satire: score('satire') },
    evidence: paragraphEvidence(prediction.paragraphScores(chosen)).map((index) =>
      makeSpan(doc.text, paragraphs[index]!.start, paragraphs[index]!.end),
    ),
  }
}

function round(probability: number): number {
  const factor = 10 ** CONFIDENCE_DECIMALS
  return Math.round(probability * factor) / factor
}

function wordCount(text: string): number {
  let count = 0
  for (const _ of text.matchAll(WORD)) count++
  return count
}

function argmax(values: ArrayLike<number>): number {
  let best = 0
  for (let index = 1; index < values.length; index++)
    if (values[index]! > values[best]!) best = index
  return best
}
