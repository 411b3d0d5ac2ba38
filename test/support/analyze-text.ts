import { analyzeArticle } from '../../src/analyze/analyze-article.ts'
import type { AnalyzedDocument } from '../../src/contracts/document.ts'
import { createPipeline } from '../../src/pipeline/create-pipeline.ts'

const strictPipeline = createPipeline(undefined, { onError: 'throw' })

/** Analyses a plain text with the default components, failing loudly if any component throws. */
export function analyzeText(
  text: string,
  input = 'test.txt',
  extra: { declaredLang?: string } = {},
): AnalyzedDocument {
  return analyzeArticle(
    { id: input, title: null, text, source: { input, format: 'text', ...extra } },
    strictPipeline,
  )
}
