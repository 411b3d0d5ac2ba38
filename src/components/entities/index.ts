import { z } from 'zod'
import { defineComponent } from '../../pipeline/define-component.ts'
import { findEntities } from './find-entities.ts'

/** Named entities (PER, ORG, LOC, MISC) with a canonical name shared across spellings and languages. */
export const entities = defineComponent({
  name: 'entities',
  description:
    'Finds people, organisations and places from curated aliases and capitalisation rules.',
  requires: ['sentences', 'language'],
  assigns: 'entities',
  config: z.object({}),
  create: () => (doc) => findEntities(doc),
})
