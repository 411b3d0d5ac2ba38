import type { AnalyzedDocument } from '@src/contracts/document.ts'
import type { ClaimOccurrence } from '@src/contracts/link.ts'
import { lazy, type ReactNode, Suspense, useId, useMemo } from 'react'
import { Highlighted } from '../../components/highlighted.tsx'
import { useI18n } from '../../i18n/use-i18n.ts'
import { DocumentTitle } from './document-title.tsx'
import type { LayerName } from './evidence-layers.ts'
import { FindingsPanel } from './findings-panel.tsx'
import { LayerToggles } from './layer-toggles.tsx'
import { ProvenancePanel } from './provenance-panel.tsx'
import { useEvidence } from './use-evidence.ts'

// For a fresh analysis the graph is built here, with the linker's credit reading (and every language's data):
// loaded on demand.
const DocumentCreditsGraph = lazy(() =>
  import('./document-credits-graph.tsx').then((module) => ({
    default: module.DocumentCreditsGraph,
  })),
)

const NO_CLAIMS: readonly ClaimOccurrence[] = []

/**
 * An analysed document as the analyst reads it: title, layer toggles, the text with its evidence, and a side
 * panel with provenance, other versions (`versions`, from the reader) and findings. Used for stored documents
 * and for a fresh analysis alike.
 */
export function DocumentView({
  document,
  claims = NO_CLAIMS,
  story,
  compare,
}: {
  document: AnalyzedDocument
  claims?: readonly ClaimOccurrence[]
  /** For a stored document: its other versions and the provenance graph of its story. */
  story?: ReactNode
  /** Another version to show beside the text, side by side, with the same layers shown. */
  compare?: (enabled: ReadonlySet<LayerName>) => ReactNode
}) {
  const { t } = useI18n()
  const titleId = useId()
  const source = useMemo(() => ({ document, claims }), [document, claims])
  const { counts, enabled, spans, toggle } = useEvidence(source)
  return (
    <article className="reader" aria-labelledby={titleId}>
      <div className="reader-main">
        <header className="reader-header">
          <h1 id={titleId} lang={document.lang ?? undefined}>
            <DocumentTitle document={document} />
          </h1>
          <p className="hit-meta">
            {[document.source.outlet, document.lang, document.source.published?.slice(0, 10)]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <LayerToggles counts={counts} enabled={enabled} onToggle={toggle} />
        </header>
        <div className={compare ? 'compare-columns' : undefined}>
          <section aria-label={t('reader.text')} className="reader-text-section">
            <Highlighted
              className="article-text"
              text={document.text}
              spans={spans}
              {...(document.lang ? { lang: document.lang } : {})}
            />
          </section>
          {compare?.(enabled)}
        </div>
      </div>
      <div className="reader-side">
        <ProvenancePanel document={document} />
        {story ?? (
          <Suspense fallback={null}>
            <DocumentCreditsGraph document={document} />
          </Suspense>
        )}
        <FindingsPanel document={document} />
      </div>
    </article>
  )
}
