import { buildLexicon, type LexiconLists, toLexicon } from './build-lexicon.ts'
import { type CompiledTagger, compileTagger } from './compiled-tagger.ts'
import { conllExample, type TaggedSentence } from './conll-example.ts'
import { evaluateTagger } from './evaluate-tagger.ts'
import { fitTemperature } from './fit-temperature.ts'
import type { NerModelFile } from './ner-model-file.ts'
import { packModel, unpackModel } from './pack-model.ts'
import { quantizeWeights } from './quantize-weights.ts'
import type { ConllSentence } from './read-conll.ts'
import type { EntityScores } from './score-entities.ts'
import type { TaggerWeights } from './tagger-weights.ts'
import { trainNer } from './train-ner.ts'

/** Settings of a full training run. */
export interface TrainNerModelOptions {
  readonly lang: string
  /** Epochs tried on the development sentences; the best count is used for the final model. */
  readonly maxEpochs: number
  readonly seed: number
  /** Weight rows whose largest absolute weight is below this are pruned from the artefact. */
  readonly minWeight: number
  /** Free-form description of the data, recorded in the artefact. */
  readonly source: string
  readonly log?: (line: string) => void
}

/** The packed artefact, the tagger it unpacks to, and what development data said along the way. */
export interface TrainedNerModel {
  readonly file: NerModelFile
  readonly tagger: CompiledTagger
  readonly epochs: number
  readonly temperature: number
  /** Scores of the provisional model (trained without the development sentences) on them, per token view. */
  readonly development: { readonly conll: EntityScores; readonly tokenizer: EntityScores } | null
}

/**
 * Trains a shipped tagger: chooses the number of epochs and the confidence temperature on `development`, then
 * retrains on training and development sentences together and packs the result. Deterministic for a given seed.
 */
export function trainNerModel(
  training: readonly ConllSentence[],
  development: readonly ConllSentence[],
  options: TrainNerModelOptions,
): TrainedNerModel {
  const log = options.log ?? (() => undefined)
  let epochs = options.maxEpochs
  let temperature = 1
  let developmentScores: TrainedNerModel['development'] = null
  if (development.length > 0) {
    const conllView = development.map((sentence) => conllExample(sentence, 'conll'))
    const tokenizerView = development.map((sentence) => conllExample(sentence, 'tokenizer'))
    const lists = buildLexicon(views(training, ['conll']), options.lang)
    let best: { f1: number; tagger: CompiledTagger } | null = null
    trainNer(views(training, ['conll', 'tokenizer']), {
      epochs: options.maxEpochs,
      seed: options.seed,
      lexicon: toLexicon(lists),
      afterEpoch: (epoch, weights) => {
        const tagger = unpackedTagger(weights, options.lang, lists)
        const { f1 } = evaluateTagger(tagger, conllView).overall
        log(`ner ${options.lang}: epoch ${epoch}, development F1 ${f1.toFixed(4)}`)
        if (best === null || f1 > best.f1) {
          best = { f1, tagger }
          epochs = epoch
        }
      },
    })
    const chosen = best as { f1: number; tagger: CompiledTagger } | null
    if (chosen) {
      temperature = fitTemperature(chosen.tagger, conllView).temperature
      developmentScores = {
        conll: evaluateTagger(chosen.tagger, conllView),
        tokenizer: evaluateTagger(chosen.tagger, tokenizerView),
      }
    }
  }
  const all = [...training, ...development]
  const lists = buildLexicon(views(all, ['conll']), options.lang)
  log(`ner ${options.lang}: final model, ${epochs} epochs, temperature ${temperature.toFixed(3)}`)
  const weights = trainNer(views(all, ['conll', 'tokenizer']), {
    epochs,
    seed: options.seed,
    lexicon: toLexicon(lists),
  })
  const file = packModel(weights, {
    lang: options.lang,
    minWeight: options.minWeight,
    temperature,
    lexicon: lists,
    training: {
      data: options.source,
      sentences: { training: training.length, development: development.length },
      epochs,
      seed: options.seed,
      minWeight: options.minWeight,
      developmentF1: developmentScores
        ? Math.round(developmentScores.conll.overall.f1 * 1e4) / 1e4
        : null,
    },
  })
  return { file, tagger: unpackModel(file), epochs, temperature, development: developmentScores }
}

// Every sentence once per token view: the tagger learns from the CoNLL tokens and from our tokenizer's.
function views(
  sentences: readonly ConllSentence[],
  kinds: readonly ('conll' | 'tokenizer')[],
): TaggedSentence[] {
  return kinds.flatMap((kind) => sentences.map((sentence) => conllExample(sentence, kind)))
}

function unpackedTagger(weights: TaggerWeights, lang: string, lists: LexiconLists): CompiledTagger {
  return compileTagger({
    lang,
    tags: weights.tags,
    features: weights.features,
    ...quantizedFields(weights.weights),
    transitions: Float32Array.from(weights.transitions),
    temperature: 1,
    lexicon: toLexicon(lists),
  })
}

function quantizedFields(weights: ArrayLike<number>): { bytes: Int8Array; weightStep: number } {
  const { bytes, step } = quantizeWeights(weights)
  return { bytes, weightStep: step }
}
