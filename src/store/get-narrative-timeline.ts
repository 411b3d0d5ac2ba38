import type { CatalogNarrative } from '../contracts/catalog.ts'
import type { NarrativeTimeline, NarrativeTimelineQuery } from '../contracts/narrative-timeline.ts'
import type { Store } from './store.ts'

/**
 * Narratives over time in a store, labelled from a catalogue: the function behind `narrascope narratives` and
 * the HTTP API alike.
 * @example
 * const timeline = await getNarrativeTimeline(store, { interval: 'week', lang: 'ru' }, loadCatalog().narratives)
 */
export async function getNarrativeTimeline(
  store: Store,
  query: Partial<NarrativeTimelineQuery>,
  catalog: readonly Pick<CatalogNarrative, 'id' | 'label' | 'parent'>[],
): Promise<NarrativeTimeline> {
  const timeline = await store.narrativeTimeline(query)
  const entries = new Map(catalog.map((narrative) => [narrative.id, narrative]))
  return {
    ...timeline,
    narratives: timeline.narratives.map((series) => {
      const entry = entries.get(series.id)
      return { ...series, label: entry?.label ?? null, parent: entry?.parent ?? null }
    }),
  }
}
