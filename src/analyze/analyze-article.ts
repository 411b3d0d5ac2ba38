import type { AnalyzedDocument } from '../contracts/document.ts'
import type { ExtractedArticle } from '../contracts/source.ts'
import { createDoc } from '../doc/doc.ts'
import { toAnalyzedDocument } from '../doc/to-analyzed-document.ts'
import { createPipeline, type Pipeline } from '../pipeline/create-pipeline.ts'

let defaultPipeline: Pipeline | undefined

/**
 * Runs the pipeline on one extracted article and returns the JSON contract; the function the CLI, the store and
 * the server all call.
 * @example
 * const result = analyzeArticle({ id: 'a1', title: null, text: 'Poutine a déclaré : « Non. »', source })
 */
export function analyzeArticle(article: ExtractedArticle, pipeline?: Pipeline): AnalyzedDocument {
  defaultPipeline ??= createPipeline()
  const nlp = pipeline ?? defaultPipeline
  const doc = nlp.run(createDoc(article))
  return toAnalyzedDocument(doc, nlp)
}
