import { useDocumentQuery } from '../../api/use-document-query.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { useI18n } from '../../i18n/use-i18n.ts'
import { AppLink } from '../../router/app-link.tsx'
import { lastSearchPath } from '../search/last-search.ts'
import { DocumentView } from './document-view.tsx'

/** The article reader for a stored document, with the way back to the search it was opened from. */
export function ReaderPage({ storeId }: { storeId: number }) {
  const { t } = useI18n()
  const document = useDocumentQuery(storeId)
  return (
    <>
      <p className="back-link">
        <AppLink to={lastSearchPath()}>← {t('reader.back')}</AppLink>
      </p>
      {document.isPending ? <Loading /> : null}
      {document.isError ? (
        <ErrorMessage error={document.error} onRetry={() => document.refetch()} />
      ) : null}
      {document.data ? (
        <DocumentView document={document.data.document} claims={document.data.claims} />
      ) : null}
    </>
  )
}
