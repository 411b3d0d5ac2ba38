import type { DocumentFilter } from '../../src/contracts/store.ts'

/**
 * The searches the store and API benches time: what an analyst would type, common and rare words in several
 * languages, names, phrases, exclusions, and filters alone or with text. Each also computes the six facets over
 * all its matches.
 */
export const BENCH_SEARCHES: readonly Partial<DocumentFilter>[] = [
  { text: 'manifestations' },
  { text: 'protests' },
  { text: 'Proteste' },
  { text: 'élections' },
  { text: 'elezioni' },
  { text: 'протесты' },
  { text: 'Tokayev' },
  { text: 'Minsk' },
  { text: 'sanctions' },
  { text: '"state of emergency"' },
  { text: 'crise énergétique' },
  { text: 'grain exports -Kyiv' },
  { text: 'Macron or Erdogan' },
  { text: 'refinery' },
  { text: 'protests', lang: 'en' },
  { text: 'manifestation', outlet: 'Le Phare' },
  { text: 'sanctions', from: '2022-03-01', to: '2022-03-31' },
  { text: 'curfew', entity: 'Putin' },
  { text: '', entity: 'Tokayev', from: '2023-01-01', to: '2023-01-31' },
  { text: '', lang: 'de', outlet: 'Der Morgenbote' },
]
