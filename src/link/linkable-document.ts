import type { AnalyzedDocument } from '../contracts/document.ts'

/**
 * What the linker reads from an analysed document: its text and metadata always, the annotation layers when the
 * core produced them (paragraphs fall back to line breaks; provenance, quotes and sourcing enrich the output).
 */
export type LinkableDocument = Pick<AnalyzedDocument, 'id' | 'title' | 'lang' | 'text' | 'source'> &
  Partial<
    Pick<
      AnalyzedDocument,
      'paragraphs' | 'sentences' | 'entities' | 'quotes' | 'sourcing' | 'provenance' | 'claims'
    >
  >
