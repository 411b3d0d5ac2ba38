import { defineComponent } from '../../pipeline/define-component.ts'
import { findRepeats, QualityConfigSchema } from './find-repeats.ts'

/** Defects of the text itself: paragraphs quoted twice, repeated fragments, stuttered words. */
export const quality = defineComponent({
  name: 'quality',
  description:
    'Finds paragraphs and fragments repeated inside one document (tweets quoted twice, second machine translations) and stuttered words.',
  requires: ['paragraphs', 'sentences'],
  assigns: 'quality',
  config: QualityConfigSchema,
  create: (config) => (doc) => findRepeats(doc, config),
})
