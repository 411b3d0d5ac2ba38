import type { ProvenanceGraph, Story } from '@src/contracts/link.ts'

/** The part of a provenance graph around one story: its documents and every edge touching one of them. */
export function storySubgraph(graph: ProvenanceGraph, story: Story): ProvenanceGraph {
  const members = new Set(story.members.map((member) => member.id))
  const edges = graph.edges.filter((edge) => members.has(edge.from) || members.has(edge.to))
  const kept = new Set([...members, ...edges.flatMap((edge) => [edge.from, edge.to])])
  return { nodes: graph.nodes.filter((node) => kept.has(node.id)), edges }
}
