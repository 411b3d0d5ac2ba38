import { z } from 'zod'
import { docLang } from '../../doc/doc.ts'
import { languageData } from '../../lang/index.ts'
import { defineComponent } from '../../pipeline/define-component.ts'
import { splitSentences } from './split-sentences.ts'

/** Sentence spans inside paragraphs, using each language's abbreviations. */
export const sentences = defineComponent({
  name: 'sentences',
  description:
    'Splits paragraphs into sentences; abbreviations and initials do not end a sentence.',
  requires: ['paragraphs', 'language'],
  assigns: 'sentences',
  config: z.object({}),
  create: () => (doc) => splitSentences(doc.text, doc.spans.paragraphs, languageData(docLang(doc))),
})
