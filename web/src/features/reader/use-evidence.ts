import { useMemo, useState } from 'react'
import type { HighlightSpan } from '../../components/highlighted.tsx'
import { useI18n } from '../../i18n/use-i18n.ts'
import {
  collectLayer,
  type EvidenceSource,
  LAYER_NAMES,
  type LayerName,
} from './evidence-layers.ts'

// Claims and narratives cover whole sentences and paragraphs and would drown the finer layers, so the analyst
// turns them on when needed; their toggles say how many there are.
const INITIALLY_ENABLED: readonly LayerName[] = ['entities', 'quotes', 'anonymous', 'techniques']

/** The evidence of every layer, which layers are shown, and the spans to draw for them. */
export function useEvidence(source: EvidenceSource) {
  const i18n = useI18n()
  const [enabled, setEnabled] = useState<ReadonlySet<LayerName>>(() => new Set(INITIALLY_ENABLED))
  const layers = useMemo(
    () =>
      Object.fromEntries(
        LAYER_NAMES.map((layer) => [layer, collectLayer(layer, source, i18n)]),
      ) as Record<LayerName, HighlightSpan[]>,
    [source, i18n],
  )
  const counts = useMemo(
    () =>
      Object.fromEntries(LAYER_NAMES.map((layer) => [layer, layers[layer].length])) as Record<
        LayerName,
        number
      >,
    [layers],
  )
  const spans = useMemo(
    () => LAYER_NAMES.filter((layer) => enabled.has(layer)).flatMap((layer) => layers[layer]),
    [layers, enabled],
  )
  const toggle = (layer: LayerName) =>
    setEnabled((current) => {
      const next = new Set(current)
      if (next.has(layer)) next.delete(layer)
      else next.add(layer)
      return next
    })
  return { counts, enabled, spans, toggle }
}
