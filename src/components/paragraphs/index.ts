import { z } from 'zod'
import { defineComponent } from '../../pipeline/define-component.ts'
import { splitParagraphs } from './split-paragraphs.ts'

/** Paragraph spans, the unit that techniques, quality checks and reports work on. */
export const paragraphs = defineComponent({
  name: 'paragraphs',
  description:
    'Splits the text into paragraphs (blank lines, or lines when the text has no blank line).',
  requires: [],
  assigns: 'paragraphs',
  config: z.object({}),
  create: () => (doc) => splitParagraphs(doc.text),
})
