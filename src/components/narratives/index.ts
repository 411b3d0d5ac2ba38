import { existsSync } from 'node:fs'
import { z } from 'zod'
import { DEFAULT_CATALOG_DIR, loadCatalog } from '../../catalog/load-catalog.ts'
import { docLang } from '../../doc/doc.ts'
import {
  loadNarrativeModel,
  NARRATIVE_MODEL_PATH,
} from '../../learn/semeval2025/narrative-model-file.ts'
import { defineComponent } from '../../pipeline/define-component.ts'
import { PipelineError } from '../../pipeline/pipeline-error.ts'
import { combineModelScores, prepareModelCatalog } from './combine-model-scores.ts'
import {
  type CompiledLanguage,
  DEFAULT_DETECT_OPTIONS,
  detectNarratives,
} from './detect-narratives.ts'
import { createTopicMeter, keepOnTopic } from './topic-gate.ts'

// A paragraph whose words alone would give the narrative a calibrated probability of 0.5 carries it ("strong").
const STRONG_PARAGRAPH_PROBABILITY = 0.5

/** Narratives of the editable catalogue found in the document, each with its evidence passages. */
export const narratives = defineComponent({
  name: 'narratives',
  description:
    'Scores the catalogue narratives by their cues per language, discounting cues in reported speech, and by the SemEval-2025 model where it was trained.',
  requires: ['paragraphs', 'sentences', 'entities', 'quotes', 'provenance', 'language'],
  assigns: 'narratives',
  config: z.object({
    catalogDir: z.string().default(DEFAULT_CATALOG_DIR),
    threshold: z.number().gt(0).lt(1).default(DEFAULT_DETECT_OPTIONS.threshold),
    /** The learned model scoring the catalogue entries that map to SemEval-2025 labels; null for cues only. */
    modelPath: z.string().nullable().default(NARRATIVE_MODEL_PATH),
  }),
  create: (config) => {
    const catalog = loadCatalog(config.catalogDir)
    if (catalog.problems.length > 0) {
      const first = catalog.problems[0]!
      throw new PipelineError(
        'E_BAD_CATALOG',
        `narrative catalogue has ${catalog.problems.length} problem(s), first: ${first.file}:${first.line}: ${first.message}. Run "narrascope catalog check".`,
      )
    }
    if (config.modelPath !== null && !existsSync(config.modelPath))
      throw new PipelineError(
        'E_MISSING_MODEL',
        `no narrative model at ${config.modelPath}. Run "npm run train -- semeval2025-narratives", or set modelPath to null for cues only.`,
      )
    const model =
      config.modelPath === null
        ? null
        : prepareModelCatalog(catalog.narratives, loadNarrativeModel(config.modelPath))
    const compiled = new Map<string, CompiledLanguage>()
    const options = { ...DEFAULT_DETECT_OPTIONS, threshold: config.threshold }
    const combine = {
      threshold: config.threshold,
      maxEvidence: options.maxEvidence,
      strongParagraphProbability: STRONG_PARAGRAPH_PROBABILITY,
    }
    const meters = new Map<string, ReturnType<typeof createTopicMeter>>()
    return (doc) => {
      const fromCues = detectNarratives(doc, catalog.narratives, options, compiled)
      const found = model ? combineModelScores(doc, fromCues, model, combine) : fromCues
      // A narrative of a gated catalogue needs a document about its topic (catalog/README.md, `topic`).
      const lang = docLang(doc)
      if (!lang) return found
      const meter = meters.get(lang) ?? createTopicMeter(lang)
      meters.set(lang, meter)
      return keepOnTopic(found, catalog.topicOf, (topic) => meter(topic, doc.text).passes)
    }
  },
})
