import type { DocumentHeading } from '@src/contracts/heading.ts'
import { useI18n } from '../i18n/use-i18n.ts'

/**
 * A document's heading wherever it is shown: a title as it is; the first sentence of an untitled document in
 * italics, with a tooltip saying the document has no title.
 */
export function HeadingText({ heading }: { heading: DocumentHeading }) {
  const { t } = useI18n()
  if (!heading.derived) return <>{heading.text}</>
  return (
    <em className="derived-title" title={t('reader.noTitle')}>
      {heading.text}
    </em>
  )
}
