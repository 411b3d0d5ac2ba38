import type { Frame } from '../../contracts/annotations.ts'
import type { AnnotatedDoc } from '../../doc/doc.ts'
import { makeSpan } from '../../doc/span.ts'
import type { CompiledModel } from '../../learn/semeval2023/compile-model.ts'
import { paragraphEvidence } from '../../learn/semeval2023/paragraph-evidence.ts'
import { predictDocument } from '../../learn/semeval2023/predict-document.ts'
import { SEMEVAL_CODES } from '../../learn/semeval2023/semeval-languages.ts'
import { frameModel } from './frame-model.ts'

// Reported confidences keep four decimals, so output is stable and readable.
const CONFIDENCE_DECIMALS = 4

/**
 * Finds the SemEval-2023 framing dimensions of the article, each with its calibrated confidence and the
 * paragraphs that weigh most towards it; nothing for a language the model was not trained on.
 */
export function findFrames(
  doc: AnnotatedDoc<'paragraphs' | 'sentences' | 'language'>,
  model: CompiledModel = frameModel(),
): Frame[] {
  const lang = doc.spans.language?.code ?? null
  // The model knows six languages; on any other its scores mean nothing, so it says nothing (see README).
  if (!lang || !SEMEVAL_CODES.includes(lang)) return []
  const { paragraphs } = doc.spans
  const prediction = predictDocument(model, {
    text: doc.text,
    paragraphs,
    sentences: doc.spans.sentences,
    lang,
  })
  return prediction.assigned
    .map((label) => ({
      label: model.labels[label] as Frame['label'],
      confidence: round(prediction.probabilities[label]!),
      evidence: paragraphEvidence(prediction.paragraphScores(label)).map((index) =>
        makeSpan(doc.text, paragraphs[index]!.start, paragraphs[index]!.end),
      ),
    }))
    .sort((a, b) => b.confidence - a.confidence || (a.label < b.label ? -1 : 1))
}

function round(probability: number): number {
  const factor = 10 ** CONFIDENCE_DECIMALS
  return Math.round(probability * factor) / factor
}
