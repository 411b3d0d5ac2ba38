import { z } from 'zod'
import { defineComponent } from '../../pipeline/define-component.ts'
import { findFrames } from './find-frames.ts'

/** SemEval-2023 framing dimensions of the whole article, with the paragraphs that carry them. */
export const frames = defineComponent({
  name: 'frames',
  description:
    'Finds the 14 SemEval-2023 framing dimensions of the article (en, fr, de, it, pl, ru), with calibrated confidences and evidence paragraphs.',
  requires: ['paragraphs', 'sentences', 'language'],
  assigns: 'frames',
  config: z.object({}),
  create: () => (doc) => findFrames(doc),
})
