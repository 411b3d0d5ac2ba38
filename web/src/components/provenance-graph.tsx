import type { ProvenanceGraph as Graph } from '@src/contracts/link.ts'
import cytoscape from 'cytoscape'
import { useEffect, useId, useRef } from 'react'
import { useI18n } from '../i18n/use-i18n.ts'
import { layOutInTime } from './lay-out-in-time.ts'

// Edge colours by what the edge says: versions of the text stand out, credits stay quiet.
const EDGE_COLOURS: Readonly<Record<string, string>> = {
  translation: '#2f6fdb',
  translated: '#2f6fdb',
  republication: '#d46a00',
  'republished-from': '#d46a00',
  excerpt: '#7a6a99',
  'credits-original': '#8a93a8',
  published: '#b8c0d0',
  wrote: '#b8c0d0',
}
const NODE_COLOURS = { document: '#1f4fa3', outlet: '#0f8a6a', person: '#8e44ad' } as const
const MAX_LABEL_CHARS = 28

/**
 * The provenance graph of a story drawn with Cytoscape.js: outlets, people and documents placed left to right in
 * time, edges for publication, authorship, translation and republication. The same edges are listed in a table
 * for keyboard and screen-reader users (a canvas has no text to read).
 */
export function ProvenanceGraph({
  graph,
  label,
  compact = false,
}: {
  graph: Graph
  label: string
  /** A small graph for a side panel. */
  compact?: boolean
}) {
  const { t } = useI18n()
  const box = useRef<HTMLDivElement>(null)
  const legendId = useId()
  const labelOf = new Map(graph.nodes.map((node) => [node.id, node.label]))

  useEffect(() => {
    const container = box.current
    if (!container) return
    const positions = layOutInTime(graph)
    const view = cytoscape({
      container,
      // Labels are drawn on a canvas (never parsed as HTML), so untrusted titles are safe here.
      elements: [
        ...graph.nodes.map((node) => ({
          group: 'nodes' as const,
          data: {
            id: node.id,
            label: shorten(node.date ? `${node.label}\n${node.date.slice(0, 10)}` : node.label),
            colour: NODE_COLOURS[node.kind],
            shape:
              node.kind === 'document'
                ? 'round-rectangle'
                : node.kind === 'outlet'
                  ? 'hexagon'
                  : 'ellipse',
            border: node.inCorpus ? 'solid' : 'dashed',
          },
          position: positions.get(node.id) ?? { x: 0, y: 0 },
        })),
        ...graph.edges.map((edge, index) => ({
          group: 'edges' as const,
          data: {
            id: `edge-${index}`,
            source: edge.from,
            target: edge.to,
            label: edge.role,
            colour: EDGE_COLOURS[edge.role] ?? '#8a93a8',
          },
        })),
      ],
      layout: { name: 'preset', padding: 24 },
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'text-wrap': 'wrap',
            'text-max-width': '140px',
            'font-size': 10,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            color: '#1c2230',
            'background-color': 'data(colour)',
            shape: 'data(shape)' as never,
            width: 22,
            height: 22,
            'border-width': 2,
            'border-color': '#ffffff',
            'border-style': 'data(border)' as never,
          },
        },
        {
          selector: 'node[border = "dashed"]',
          style: { 'background-opacity': 0.35, 'border-color': '#6b7489' },
        },
        {
          selector: 'edge',
          style: {
            width: 2,
            'curve-style': 'bezier',
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            label: 'data(label)',
            'font-size': 9,
            color: '#4a5468',
            'text-rotation': 'autorotate',
            'text-background-color': '#fbfcfe',
            'text-background-opacity': 1,
          },
        },
      ],
      userZoomingEnabled: true,
      boxSelectionEnabled: false,
      autoungrabify: false,
    })
    view.fit(undefined, 24)
    return () => view.destroy()
  }, [graph])

  return (
    <figure className="chart provenance-graph">
      <div
        ref={box}
        className={compact ? 'graph graph-compact' : 'graph'}
        role="img"
        aria-label={label}
        aria-describedby={legendId}
      />
      <figcaption id={legendId} className="graph-legend">
        {t('graph.legend')} {t('graph.outOfCorpus')}
      </figcaption>
      <details className="chart-table">
        <summary>{t('graph.listLabel')}</summary>
        <table className="edge-table">
          <thead>
            <tr>
              <th scope="col">{t('graph.from')}</th>
              <th scope="col">{t('graph.role')}</th>
              <th scope="col">{t('graph.to')}</th>
              <th scope="col">{t('graph.date')}</th>
              <th scope="col">{t('graph.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {graph.edges.map((edge, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: edges are a fixed list from one answer
              <tr key={index}>
                <td>{labelOf.get(edge.from) ?? edge.from}</td>
                <td>{edge.role}</td>
                <td>{labelOf.get(edge.to) ?? edge.to}</td>
                <td>{edge.date?.slice(0, 10) ?? ''}</td>
                <td>{edge.evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}

function shorten(label: string): string {
  return label
    .split('\n')
    .map((line) =>
      line.length > MAX_LABEL_CHARS ? `${line.slice(0, MAX_LABEL_CHARS - 1)}…` : line,
    )
    .join('\n')
}
