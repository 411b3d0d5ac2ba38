import type { ProvenanceGraph } from '@src/contracts/link.ts'
import { useId } from 'react'
import { LazyProvenanceGraph } from '../../components/lazy-provenance-graph.tsx'
import { useI18n } from '../../i18n/use-i18n.ts'

/** The provenance graph around the document: its story's versions, outlets and people, or its own credits. */
export function StoryGraphPanel({
  graph,
  hasStory,
}: {
  graph: ProvenanceGraph
  hasStory: boolean
}) {
  const { t } = useI18n()
  const headingId = useId()
  // A document alone with no outlet or credit has nothing to draw.
  if (graph.edges.length === 0) return null
  const title = hasStory ? t('reader.storyGraph') : t('reader.creditsGraph')
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {title}
      </h2>
      <LazyProvenanceGraph graph={graph} label={title} compact />
    </section>
  )
}
