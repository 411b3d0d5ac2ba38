import type { MessageKey } from '../../i18n/messages-en.ts'
import { useI18n } from '../../i18n/use-i18n.ts'
import { LAYER_NAMES, type LayerName } from './evidence-layers.ts'

/** A group of toggle buttons, one per evidence layer, each with its colour and how many spans it has. */
export function LayerToggles({
  counts,
  enabled,
  onToggle,
}: {
  counts: Readonly<Record<LayerName, number>>
  enabled: ReadonlySet<LayerName>
  onToggle: (layer: LayerName) => void
}) {
  const { t, formatNumber } = useI18n()
  return (
    <fieldset className="layer-toggles">
      <legend className="visually-hidden">{t('reader.layers')}</legend>
      {LAYER_NAMES.map((layer) => (
        <button
          key={layer}
          type="button"
          className="layer-toggle"
          data-layer={layer}
          aria-pressed={enabled.has(layer)}
          disabled={counts[layer] === 0}
          onClick={() => onToggle(layer)}
        >
          <span className={`swatch swatch-${layer}`} aria-hidden="true" />
          {t(`layer.${layer}` as MessageKey)}
          <span className="layer-count">{formatNumber(counts[layer])}</span>
        </button>
      ))}
    </fieldset>
  )
}
