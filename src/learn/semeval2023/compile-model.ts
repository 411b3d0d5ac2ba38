import { readFileSync } from 'node:fs'
import { persuasionCues } from '../../lang/persuasion-cues.ts'
import type { LinearModel } from '../linear-model.ts'
import { unpackMatrix, unpackUnsignedCodes } from '../pack-weights.ts'
import { type Idf, idfFromWeights } from '../tfidf.ts'
import { WasmLinearScorer } from '../wasm/wasm-linear-scorer.ts'
import { ARTICLE_STYLE_FEATURES } from './article-style.ts'
import type { FittedRule } from './cross-fit-decisions.ts'
import { documentStackWidth } from './document-stack.ts'
import {
  countingKey,
  type FeatureConfig,
  type FeatureLayout,
  featureLayout,
} from './feature-config.ts'
import { compileHashedCues, type HashedCues } from './hashed-cues.ts'
import { type SemevalModel, SemevalModelSchema } from './model-artefact.ts'
import { STYLE_FEATURES } from './style-features.ts'
import type { SemevalTask } from './task-examples.ts'
import type { BlockIdf } from './unit-vector.ts'

/** A model artefact ready for scoring: float weights, idf arrays, and cue matchers built on demand. */
export interface CompiledModel {
  readonly task: SemevalTask
  readonly labels: readonly string[]
  readonly features: FeatureConfig
  /** The feature configuration as a string (see countingKey): models with equal keys count a text the same way. */
  readonly featureKey: string
  readonly layout: FeatureLayout
  readonly idf: BlockIdf
  readonly classifier: LinearModel
  /** Scores units with the classifier (its weights are the scorer's). */
  readonly scorer: WasmLinearScorer
  readonly stack: LinearModel
  readonly rule: FittedRule
  /** Whether the rule reads second-stage or first-stage probabilities. */
  readonly decideOn: 'second-stage' | 'first-stage'
  /** The compiled cue lexicon of a language (null when it has none), built once per language. */
  readonly cues: (lang: string | null) => HashedCues | null
}

/** Validates a parsed artefact and unpacks its weights. */
export function compileModel(raw: unknown): CompiledModel {
  const model: SemevalModel = SemevalModelSchema.parse(raw)
  const styleCount =
    model.task === 'techniques' ? STYLE_FEATURES.length : ARTICLE_STYLE_FEATURES.length
  const layout = featureLayout(model.features, styleCount)
  const labelCount = model.labels.length
  const { weights } = model.classifier
  if (weights.rows !== layout.dims || weights.columns !== labelCount)
    throw new Error(
      `${model.task} model: ${weights.rows} × ${weights.columns} weights, features need ${layout.dims} × ${labelCount}`,
    )
  if (
    model.task !== 'techniques' &&
    model.stack.inputs !== documentStackWidth(labelCount, model.rule.input === 'first-stage')
  )
    throw new Error(
      `${model.task} model: a second stage of ${model.stack.inputs} inputs, this version reads ${documentStackWidth(labelCount, model.rule.input === 'first-stage')} (retrain the model)`,
    )
  const { minimum, step } = model.idf
  const matchers = new Map<string, HashedCues | null>()
  const scorer = new WasmLinearScorer({
    dims: layout.dims,
    labelCount,
    weights: unpackMatrix(weights),
    bias: Float32Array.from(model.classifier.bias),
    loss: model.classifier.loss,
  })
  return {
    task: model.task,
    labels: model.labels,
    features: model.features,
    featureKey: countingKey(model.features),
    layout,
    idf: {
      words: codedIdf(model.idf.words, minimum, step),
      chars: model.idf.chars ? codedIdf(model.idf.chars, minimum, step) : null,
    },
    classifier: scorer.model,
    scorer,
    stack: {
      dims: model.stack.inputs,
      labelCount,
      weights: Float32Array.from(model.stack.weights),
      bias: Float32Array.from(model.stack.bias),
      loss: model.stack.loss,
    },
    rule: { kind: model.rule.kind, values: Float64Array.from(model.rule.values) },
    decideOn: model.rule.input,
    cues: (lang) => {
      const key = lang ?? ''
      if (!matchers.has(key)) {
        const cues = persuasionCues(lang)
        matchers.set(key, cues ? compileHashedCues(cues) : null)
      }
      return matchers.get(key) ?? null
    },
  }
}

function codedIdf(data: string, minimum: number, step: number): Idf {
  const codes = unpackUnsignedCodes(data, minimum, step)
  return { ...idfFromWeights(Float32Array.from(codes.bytes, (byte) => codes.table[byte]!)), codes }
}

/** Reads, validates and compiles the artefact at `location`. */
export function loadModel(location: URL | string): CompiledModel {
  return compileModel(JSON.parse(readFileSync(location, 'utf8')))
}
