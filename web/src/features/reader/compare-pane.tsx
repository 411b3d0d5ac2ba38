import { useId, useMemo } from 'react'
import { useDocumentQuery } from '../../api/use-document-query.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Highlighted } from '../../components/highlighted.tsx'
import { Loading } from '../../components/loading.tsx'
import { useI18n } from '../../i18n/use-i18n.ts'
import { AppLink } from '../../router/app-link.tsx'
import { DocumentTitle } from './document-title.tsx'
import { collectLayer, type LayerName } from './evidence-layers.ts'

/** Another version of the article beside this one, with the same layers of evidence shown. */
export function ComparePane({
  storeId,
  enabled,
  onClose,
}: {
  storeId: number
  enabled: ReadonlySet<LayerName>
  onClose: () => void
}) {
  const i18n = useI18n()
  const { t } = i18n
  const headingId = useId()
  const other = useDocumentQuery(storeId)
  const spans = useMemo(() => {
    if (!other.data) return []
    const source = { document: other.data.document, claims: other.data.claims }
    return [...enabled].flatMap((layer) => collectLayer(layer, source, i18n))
  }, [other.data, enabled, i18n])
  return (
    <section className="compare-pane" aria-labelledby={headingId}>
      {other.isPending ? <Loading /> : null}
      {other.isError ? <ErrorMessage error={other.error} /> : null}
      {other.data ? (
        <>
          <div className="compare-head">
            <h2 id={headingId} lang={other.data.document.lang ?? undefined}>
              <AppLink to={`/documents/${storeId}`}>
                <DocumentTitle document={other.data.document} />
              </AppLink>
            </h2>
            <button type="button" className="link-button" onClick={onClose}>
              {t('reader.stopCompare')}
            </button>
          </div>
          <p className="hit-meta">
            {[other.data.document.source.outlet, other.data.document.lang]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <Highlighted
            className="article-text"
            text={other.data.document.text}
            spans={spans}
            {...(other.data.document.lang ? { lang: other.data.document.lang } : {})}
          />
        </>
      ) : null}
    </section>
  )
}
