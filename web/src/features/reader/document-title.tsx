import type { AnalyzedDocument } from '@src/contracts/document.ts'
import { documentHeading } from '@src/report/document-heading.ts'
import { HeadingText } from '../../components/heading-text.tsx'

/** A document's title; without one, its first sentence in italics, marked as having no title. */
export function DocumentTitle({ document }: { document: AnalyzedDocument }) {
  return <HeadingText heading={documentHeading(document)} />
}
