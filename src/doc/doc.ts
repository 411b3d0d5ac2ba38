import type { AnnotationKey, Annotations, DocIssue } from '../contracts/annotations.ts'
import type { SourceMeta } from '../contracts/source.ts'

/** A news article and everything the pipeline has learned about it. Plain data: JSON round-trips. */
export interface Doc {
  readonly id: string
  readonly title: string | null
  /** Never edited after extraction: every span points into it. */
  readonly text: string
  readonly source: SourceMeta
  readonly spans: Partial<Annotations>
  readonly issues: readonly DocIssue[]
}

/** A Doc on which the named annotations are guaranteed to be present. */
export type AnnotatedDoc<K extends AnnotationKey> = Doc & {
  readonly spans: Pick<Annotations, K> & Partial<Annotations>
}

/** Creates a Doc with no annotations yet. */
export function createDoc(fields: Pick<Doc, 'id' | 'title' | 'text' | 'source'>): Doc {
  return { ...fields, spans: {}, issues: [] }
}

/** The document's language code, or null before langid or when it found none. */
export function docLang(doc: Doc): string | null {
  return doc.spans.language?.code ?? null
}
