import type { AnalyzedDocument } from '@src/contracts/document.ts'
import { buildProvenanceGraph } from '@src/link/build-provenance-graph.ts'
import { documentFacts } from '@src/link/document-facts.ts'
import { useId, useMemo } from 'react'
import { ProvenanceGraph } from '../../components/provenance-graph.tsx'
import { useI18n } from '../../i18n/use-i18n.ts'

/**
 * The provenance graph of one document from its own metadata and credits (the linker's graph builder run on
 * this document alone): who published, wrote, translated it, and which original it credits.
 */
export function DocumentCreditsGraph({ document }: { document: AnalyzedDocument }) {
  const { t } = useI18n()
  const headingId = useId()
  const graph = useMemo(
    () => buildProvenanceGraph([document], [documentFacts(document)], []),
    [document],
  )
  // A document alone, with no outlet or credit, has nothing to draw.
  if (graph.edges.length === 0) return null
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('reader.creditsGraph')}
      </h2>
      <ProvenanceGraph graph={graph} label={t('reader.creditsGraph')} compact />
    </section>
  )
}
