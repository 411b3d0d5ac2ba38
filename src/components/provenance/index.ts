import { z } from 'zod'
import { defineComponent } from '../../pipeline/define-component.ts'
import { findProvenance } from './find-provenance.ts'

/** The document's chain of custody: author, the original it reproduces, translator, republisher, with dates. */
export const provenance = defineComponent({
  name: 'provenance',
  description:
    'Reads credit lines, thread handles and metadata into author/original/translation/republication/via.',
  requires: ['paragraphs', 'entities', 'language'],
  assigns: 'provenance',
  config: z.object({}),
  create: () => (doc) => findProvenance(doc),
})
