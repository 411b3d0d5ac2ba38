import { useState } from 'react'
import { useDocumentQuery } from '../../api/use-document-query.ts'
import { useDocumentStoryQuery } from '../../api/use-document-story-query.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import { useI18n } from '../../i18n/use-i18n.ts'
import { AppLink } from '../../router/app-link.tsx'
import { lastSearchPath } from '../search/last-search.ts'
import { ComparePane } from './compare-pane.tsx'
import { DocumentView } from './document-view.tsx'
import { StoryGraphPanel } from './story-graph-panel.tsx'
import { VersionsPanel } from './versions-panel.tsx'

/**
 * The article reader for a stored document: the way back to the search, the document, its other versions
 * (one of them side by side on request) and the provenance graph of its story.
 */
export function ReaderPage({ storeId }: { storeId: number }) {
  const { t } = useI18n()
  const document = useDocumentQuery(storeId)
  const story = useDocumentStoryQuery(storeId)
  const [compared, setCompared] = useState<number | null>(null)
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
        <DocumentView
          document={document.data.document}
          claims={document.data.claims}
          story={
            <>
              {story.isError ? (
                <ErrorMessage error={story.error} onRetry={() => story.refetch()} />
              ) : (
                <VersionsPanel
                  documentId={document.data.document.id}
                  answer={story.data}
                  comparedStoreId={compared}
                  onCompare={setCompared}
                />
              )}
              {story.data ? (
                <StoryGraphPanel
                  graph={story.data.provenance}
                  hasStory={story.data.story !== null}
                />
              ) : null}
            </>
          }
          {...(compared === null
            ? {}
            : {
                compare: (enabled) => (
                  <ComparePane
                    storeId={compared}
                    enabled={enabled}
                    onClose={() => setCompared(null)}
                  />
                ),
              })}
        />
      ) : null}
    </>
  )
}
