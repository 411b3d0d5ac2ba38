import { z } from 'zod'
import { defineComponent } from '../../pipeline/define-component.ts'
import { findSourcing } from './find-sourcing.ts'

/** How each piece of information is sourced: a named person, an organisation, a document, or nobody named. */
export const sourcing = defineComponent({
  name: 'sourcing',
  description:
    'Classifies attributions (quote speakers, "selon …", unnamed sources, cited documents) by kind.',
  requires: ['sentences', 'entities', 'quotes', 'language'],
  assigns: 'sourcing',
  config: z.object({}),
  create: () => (doc) => findSourcing(doc),
})
