import { z } from 'zod'
import { defineComponent } from '../../pipeline/define-component.ts'
import { findTechniques } from './find-techniques.ts'

/** SemEval-2023 persuasion techniques per paragraph, with evidence sentences and the cues that fired. */
export const techniques = defineComponent({
  name: 'techniques',
  description:
    'Finds the 23 SemEval-2023 persuasion techniques in each paragraph (en, fr, de, it, pl, ru), with calibrated confidences and evidence.',
  requires: ['paragraphs', 'sentences', 'entities', 'language'],
  assigns: 'techniques',
  config: z.object({}),
  create: () => (doc) => findTechniques(doc),
})
