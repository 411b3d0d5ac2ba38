import type { AnalyzedDocument } from '@src/contracts/document.ts'
import { documentHeading } from '@src/report/document-heading.ts'
import { useI18n } from '../../i18n/use-i18n.ts'

/** A document's title; without one, its first sentence in italics, marked as having no title. */
export function DocumentTitle({ document }: { document: AnalyzedDocument }) {
  const { t } = useI18n()
  const heading = documentHeading(document)
  if (!heading.fromText) return <>{heading.text}</>
  return (
    <em className="derived-title" title={t('reader.noTitle')}>
      {heading.text}
    </em>
  )
}
