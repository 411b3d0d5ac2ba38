import type { ComponentName } from '../pipeline/registry.ts'

/**
 * The pipeline components whose layers the linker reads; `link` and `claims` analyse inputs with these only, since
 * later layers (quality, techniques, narratives) change no link and cost most of the time.
 */
export const LINK_COMPONENTS: readonly ComponentName[] = [
  'langid',
  'paragraphs',
  'sentences',
  'entities',
  'quotes',
  'sourcing',
  'provenance',
  'claims',
]
