import type { AnalyzedDocument } from '@src/contracts/document.ts'
import { buildProvenanceGraph } from '@src/link/build-provenance-graph.ts'
import { documentFacts } from '@src/link/document-facts.ts'
import { useMemo } from 'react'
import { StoryGraphPanel } from './story-graph-panel.tsx'

/**
 * The provenance graph of a document that is not stored (a fresh analysis) from its own metadata and credits:
 * the linker's graph builder run on this document alone.
 */
export function DocumentCreditsGraph({ document }: { document: AnalyzedDocument }) {
  const graph = useMemo(
    () => buildProvenanceGraph([document], [documentFacts(document)], []),
    [document],
  )
  return <StoryGraphPanel graph={graph} hasStory={false} />
}
