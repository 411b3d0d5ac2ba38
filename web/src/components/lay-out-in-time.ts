import type { ProvenanceGraph } from '@src/contracts/link.ts'

// Outlets above the documents they publish, people below: the time axis reads through the middle lane.
const LANE_Y = { outlet: 0, document: 130, person: 260 } as const
const NODE_SPACING_PX = 120
const MIN_COLUMN_WIDTH_PX = 200

/**
 * Positions for a provenance graph: one column per distinct day, earliest on the left, so translation and
 * republication edges run forward in time; within a column, outlets above, documents in the middle, people
 * below, side by side. Nodes without a date of their own (outlets, people) take the earliest date of the edges
 * and neighbours that touch them; nodes with none at all stand first.
 */
export function layOutInTime(graph: ProvenanceGraph): Map<string, { x: number; y: number }> {
  const dayOf = datesOf(graph)
  const columns = [...new Set(dayOf.values())].sort()
  const cellOf = (id: string, kind: string) => {
    const day = dayOf.get(id)
    return `${day === undefined ? 0 : columns.indexOf(day) + 1}:${kind}`
  }
  const cellSizes = new Map<string, number>()
  for (const node of graph.nodes) {
    const cell = cellOf(node.id, node.kind)
    cellSizes.set(cell, (cellSizes.get(cell) ?? 0) + 1)
  }
  const columnWidth = Math.max(
    MIN_COLUMN_WIDTH_PX,
    Math.max(...cellSizes.values()) * NODE_SPACING_PX,
  )
  const placed = new Map<string, number>()
  const positions = new Map<string, { x: number; y: number }>()
  for (const node of graph.nodes) {
    const cell = cellOf(node.id, node.kind)
    const column = Number(cell.split(':')[0])
    const index = placed.get(cell) ?? 0
    placed.set(cell, index + 1)
    const centred = index - ((cellSizes.get(cell) ?? 1) - 1) / 2
    positions.set(node.id, {
      x: column * columnWidth + centred * NODE_SPACING_PX,
      y: LANE_Y[node.kind],
    })
  }
  return positions
}

function datesOf(graph: ProvenanceGraph): Map<string, string> {
  const dayOf = new Map<string, string>()
  for (const node of graph.nodes) if (node.date) dayOf.set(node.id, node.date.slice(0, 10))
  for (const node of graph.nodes) {
    if (dayOf.has(node.id)) continue
    const days = graph.edges
      .filter((edge) => edge.from === node.id || edge.to === node.id)
      .flatMap((edge) => {
        const other = edge.from === node.id ? edge.to : edge.from
        return [edge.date?.slice(0, 10), dayOf.get(other)].filter((day): day is string =>
          Boolean(day),
        )
      })
    const earliest = days.sort()[0]
    if (earliest) dayOf.set(node.id, earliest)
  }
  return dayOf
}
