import type { ProvenanceGraph } from '../../contracts/link.ts'
import { linkDocuments } from '../../link/link-documents.ts'
import type { StoredDocument } from '../../store/store.ts'

/** Links stored documents with src/link and keeps their store ids beside the document ids. */
export function linkStored(stored: readonly StoredDocument[]) {
  const result = linkDocuments(stored.map((entry) => entry.document))
  const storeIds = new Map(stored.map((entry) => [entry.document.id, entry.storeId]))
  const members = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const storeId = storeIds.get(id)
      return storeId === undefined ? [] : [{ id, storeId }]
    })
  return { result, members }
}

/** The part of a provenance graph around some documents: their nodes, edges touching them, and the far ends. */
export function provenanceAround(
  graph: ProvenanceGraph,
  documentIds: readonly string[],
): ProvenanceGraph {
  const wanted = new Set(documentIds)
  const edges = graph.edges.filter((edge) => wanted.has(edge.from) || wanted.has(edge.to))
  const kept = new Set([...wanted, ...edges.flatMap((edge) => [edge.from, edge.to])])
  return { nodes: graph.nodes.filter((node) => kept.has(node.id)), edges }
}
