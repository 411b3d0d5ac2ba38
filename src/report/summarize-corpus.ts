import type { AnalyzedDocument } from '../contracts/document.ts'
import { documentHeading } from './document-heading.ts'

/** Shown for documents whose language or outlet is not known. */
export const UNKNOWN = 'unknown'

/** Corpus-level counts shown at the end of the Markdown report and in the HTML header. */
export interface CorpusSummary {
  readonly documentCount: number
  /** Language tag → number of documents, most frequent first. */
  readonly languages: readonly (readonly [string, number])[]
  /** Outlet (or site name) → number of documents, most frequent first. */
  readonly outlets: readonly (readonly [string, number])[]
  /** Title (or id) of every document with at least one anonymous sourcing phrase. */
  readonly anonymousSourcing: readonly string[]
  readonly quoteCount: number
}

/** Counts documents per language and outlet, anonymous sourcing and quotes over a corpus. */
export function summarizeCorpus(docs: readonly AnalyzedDocument[]): CorpusSummary {
  return {
    documentCount: docs.length,
    languages: countValues(docs.map((doc) => doc.lang ?? UNKNOWN)),
    outlets: countValues(docs.map((doc) => doc.source.outlet ?? doc.source.siteName ?? UNKNOWN)),
    anonymousSourcing: docs
      .filter((doc) => doc.sourcing?.some((sourcing) => sourcing.kind === 'anonymous') ?? false)
      .map(documentName),
    quoteCount: docs.reduce((total, doc) => total + (doc.quotes?.length ?? 0), 0),
  }
}

/** The name a report shows for a document: its title, else its first sentence (see documentHeading). */
export function documentName(doc: AnalyzedDocument): string {
  return documentHeading(doc).text
}

function countValues(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}
