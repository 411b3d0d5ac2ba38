import { claims } from '../components/claims/index.ts'
import { entities } from '../components/entities/index.ts'
import { frames } from '../components/frames/index.ts'
import { genre } from '../components/genre/index.ts'
import { langid } from '../components/langid/index.ts'
import { narratives } from '../components/narratives/index.ts'
import { paragraphs } from '../components/paragraphs/index.ts'
import { provenance } from '../components/provenance/index.ts'
import { quality } from '../components/quality/index.ts'
import { quotes } from '../components/quotes/index.ts'
import { roles } from '../components/roles/index.ts'
import { sentences } from '../components/sentences/index.ts'
import { sourcing } from '../components/sourcing/index.ts'
import { techniques } from '../components/techniques/index.ts'

/** Every component, listed once, in the default order (each one's requirements are assigned before it). */
export const registry = {
  langid,
  paragraphs,
  sentences,
  entities,
  quotes,
  sourcing,
  provenance,
  claims,
  quality,
  techniques,
  frames,
  genre,
  narratives,
  roles,
} as const

export type ComponentName = keyof typeof registry
