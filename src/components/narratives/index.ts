import { z } from 'zod'
import { DEFAULT_CATALOG_DIR, loadCatalog } from '../../catalog/load-catalog.ts'
import { defineComponent } from '../../pipeline/define-component.ts'
import { PipelineError } from '../../pipeline/pipeline-error.ts'
import type { CompiledNarrative } from './compile-cues.ts'
import { DEFAULT_DETECT_OPTIONS, detectNarratives } from './detect-narratives.ts'

/** Narratives of the editable catalogue found in the document, each with its evidence passages. */
export const narratives = defineComponent({
  name: 'narratives',
  description:
    'Scores the catalogue narratives by their cues per language, discounting cues in reported speech.',
  requires: ['paragraphs', 'entities', 'quotes', 'provenance', 'language'],
  assigns: 'narratives',
  config: z.object({
    catalogDir: z.string().default(DEFAULT_CATALOG_DIR),
    threshold: z.number().gt(0).lt(1).default(DEFAULT_DETECT_OPTIONS.threshold),
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
    const compiled = new Map<string, CompiledNarrative[]>()
    const options = { ...DEFAULT_DETECT_OPTIONS, threshold: config.threshold }
    return (doc) => detectNarratives(doc, catalog.narratives, options, compiled)
  },
})
