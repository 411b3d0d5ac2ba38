import { useDocumentQuery } from '../../api/use-document-query.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { DocumentView } from './document-view.tsx'

/** The article reader for a stored document. */
export function ReaderPage({ storeId }: { storeId: number }) {
  const document = useDocumentQuery(storeId)
  if (document.isPending) return <Loading />
  if (document.isError)
    return <ErrorMessage error={document.error} onRetry={() => document.refetch()} />
  return <DocumentView document={document.data.document} />
}
