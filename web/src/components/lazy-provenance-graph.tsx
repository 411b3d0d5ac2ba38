import { type ComponentProps, lazy, Suspense } from 'react'
import { Loading } from './loading.tsx'

// Cytoscape is the largest dependency and only the reader's side panel and the dashboard draw graphs.
const ProvenanceGraph = lazy(() =>
  import('./provenance-graph.tsx').then((module) => ({ default: module.ProvenanceGraph })),
)

/** The provenance graph, its code loaded the first time one is drawn. */
export function LazyProvenanceGraph(props: ComponentProps<typeof ProvenanceGraph>) {
  return (
    <Suspense fallback={<Loading />}>
      <ProvenanceGraph {...props} />
    </Suspense>
  )
}
