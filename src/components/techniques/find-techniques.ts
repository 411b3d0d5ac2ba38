import type { Technique, TechniqueLabel } from '../../contracts/annotations.ts'
import type { AnnotatedDoc } from '../../doc/doc.ts'
import { makeSpan, overlapTester } from '../../doc/span.ts'
import type { CompiledModel } from '../../learn/semeval2023/compile-model.ts'
import { predictTechniques } from '../../learn/semeval2023/predict-techniques.ts'
import { SEMEVAL_CODES } from '../../learn/semeval2023/semeval-languages.ts'
import {
  type CueCandidates,
  cueCandidates,
  labelCues,
} from '../../learn/semeval2023/technique-cues.ts'
import { techniqueModel } from './technique-model.ts'

// A sentence is evidence when the first stage, which learned from the annotators' spans, leans towards the label
// in it (logit ≥ 0, i.e. ≥ 50 % under balanced class weights); the best sentence always is.
const EVIDENCE_MIN_LOGIT = 0
// More than three sentences of evidence is a paragraph, not a pointer.
const MAX_EVIDENCE = 3
// Reported confidences keep four decimals, so output is stable and readable.
const CONFIDENCE_DECIMALS = 4

/**
 * Finds the SemEval-2023 persuasion techniques of every paragraph, each with its calibrated confidence, the
 * sentence that carries it most (`start`/`end`), every sentence that carries it (`evidence`), and the cues that
 * fired; nothing for a language the model was not trained on.
 */
export function findTechniques(
  doc: AnnotatedDoc<'paragraphs' | 'sentences' | 'entities' | 'language'>,
  model: CompiledModel = techniqueModel(),
): Technique[] {
  const lang = doc.spans.language?.code ?? null
  // The model knows six languages; on any other its scores mean nothing, so it says nothing (see README).
  if (!lang || !SEMEVAL_CODES.includes(lang)) return []
  const { text } = doc
  const predictions = predictTechniques(model, {
    text,
    paragraphs: doc.spans.paragraphs,
    sentences: doc.spans.sentences,
    lang,
  })
  // A word inside a named entity says who or where, not how: it is never named as a cue ("Kazakhstan", "OTAN"),
  // nor is a lexicon stem that matched inside a name ("Massimov" is no intensifier).
  const inEntity = overlapTester(doc.spans.entities)
  // A sentence is evidence for several labels at once: its cue candidates are found once.
  const candidates = new Map<number, CueCandidates>()
  const candidatesOf = (sentence: { start: number; end: number }) => {
    let found = candidates.get(sentence.start)
    if (!found) {
      found = cueCandidates(model, text, sentence, lang, inEntity)
      candidates.set(sentence.start, found)
    }
    return found
  }
  const techniques: Technique[] = []
  predictions.forEach((prediction, paragraph) => {
    for (const label of prediction.assigned) {
      const { sentences } = prediction
      const best = prediction.scores.bestSentenceIndex[label] ?? 0
      const evidence = sentences
        .map((sentence, index) => ({ sentence, index }))
        .filter(
          ({ index }) =>
            index === best ||
            (prediction.scores.sentences[index]?.[label] ?? Number.NEGATIVE_INFINITY) >=
              EVIDENCE_MIN_LOGIT,
        )
        .sort(
          (a, b) =>
            (prediction.scores.sentences[b.index]?.[label] ?? 0) -
            (prediction.scores.sentences[a.index]?.[label] ?? 0),
        )
        .slice(0, MAX_EVIDENCE)
        .sort((a, b) => a.sentence.start - b.sentence.start)
      const strongest = sentences[best]
      if (!strongest) continue
      techniques.push({
        ...makeSpan(text, strongest.start, strongest.end),
        label: model.labels[label] as TechniqueLabel,
        confidence: round(prediction.probabilities[label]!),
        paragraph,
        evidence: evidence.map(({ sentence }) => makeSpan(text, sentence.start, sentence.end)),
        cues: [
          ...new Set(
            evidence.flatMap(({ sentence }) => labelCues(model, label, candidatesOf(sentence))),
          ),
        ],
      })
    }
  })
  return techniques
}

function round(probability: number): number {
  const factor = 10 ** CONFIDENCE_DECIMALS
  return Math.round(probability * factor) / factor
}
