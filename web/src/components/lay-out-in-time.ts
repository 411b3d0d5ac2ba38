import type { ProvenanceGraph } from '@src/contracts/link.ts'

// Outlets above the documents they publish, people below: the time axis reads through the middle lane.
const LANE_Y = { outlet: 0, document: 140, person: 280 } as const
const COLUMN_WIDTH_PX = 190
const STACK_GAP_PX = 46

/**
 * Positions for a provenance graph: one column per distinct day, earliest on the left, so translation and
 * republication edges run forward in time. Nodes without a date of their own (outlets, people) take the
 * earliest date of the edges and neighbours that touch them; nodes with none at all stand first.
 */
export function layOutInTime(graph: ProvenanceGraph): Map<string, { x: number; y: number }> {
  const dayOf = new Map<string, string>()
  for (const node of graph.nodes) if (node.date) dayOf.set(node.id, node.date.slice(0, 10))
  for (const node of graph.nodes) {
    if (dayOf.has(node.id)) continue
    const touching = graph.edges.filter((edge) => edge.from === node.id || edge.to === node.id)
    const days = touching.flatMap((edge) => {
      const other = edge.from === node.id ? edge.to : edge.from
      return [edge.date?.slice(0, 10), dayOf.get(other)].filter((day): day is string =>
        Boolean(day),
      )
    })
    const earliest = days.sort()[0]
    if (earliest) dayOf.set(node.id, earliest)
  }
  const columns = [...new Set(dayOf.values())].sort()
  const stacked = new Map<string, number>()
  const positions = new Map<string, { x: number; y: number }>()
  for (const node of graph.nodes) {
    const day = dayOf.get(node.id)
    const column = day === undefined ? 0 : columns.indexOf(day) + 1
    const cell = `${column}:${node.kind}`
    const depth = stacked.get(cell) ?? 0
    stacked.set(cell, depth + 1)
    positions.set(node.id, {
      x: column * COLUMN_WIDTH_PX,
      y: LANE_Y[node.kind] + depth * STACK_GAP_PX * (node.kind === 'outlet' ? -1 : 1),
    })
  }
  return positions
}
