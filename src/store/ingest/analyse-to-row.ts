import { analyzeArticle } from '../../analyze/analyze-article.ts'
import type { ExtractedArticle } from '../../contracts/source.ts'
import { type DocumentRow, toDocumentRow } from '../document-row.ts'
import type { IngestErrorInput } from '../store.ts'

/** A row to write, or why the article could not be analysed. */
export type AnalysisOutcome =
  | { ok: true; row: DocumentRow }
  | { ok: false; error: IngestErrorInput }

/** Analyses one article and prepares its row; a crash of the pipeline becomes a recorded error, not a throw. */
export function analyseToRow(article: ExtractedArticle): AnalysisOutcome {
  try {
    return { ok: true, row: toDocumentRow(article, analyzeArticle(article)) }
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    return {
      ok: false,
      error: { input: article.source.input, stage: 'analyse', code: 'analysis_failed', message },
    }
  }
}
