import { z } from 'zod'
import { defineComponent } from '../../pipeline/define-component.ts'
import { findQuotes } from './find-quotes.ts'

/** Direct and indirect quotations with their speakers and the cue that attributes them. */
export const quotes = defineComponent({
  name: 'quotes',
  description:
    'Pairs quote marks per language, finds reported speech, and resolves who is speaking.',
  requires: ['paragraphs', 'sentences', 'entities', 'language'],
  assigns: 'quotes',
  config: z.object({}),
  create: () => (doc) => findQuotes(doc),
})
