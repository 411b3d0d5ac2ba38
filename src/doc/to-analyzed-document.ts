import type { AnalyzedDocument } from '../contracts/document.ts'
import type { Doc } from './doc.ts'

/** The JSON contract of a Doc: its annotations flattened to top-level fields beside the text and metadata. */
export function toAnalyzedDocument(
  doc: Doc,
  pipeline: { version: string; components: readonly string[] },
): AnalyzedDocument {
  const language = doc.spans.language ?? null
  return {
    id: doc.id,
    title: doc.title,
    lang: language?.code ?? null,
    langConfidence: language?.confidence ?? 0,
    text: doc.text,
    source: doc.source,
    ...doc.spans,
    issues: [...doc.issues],
    pipeline: { version: pipeline.version, components: [...pipeline.components] },
  }
}
