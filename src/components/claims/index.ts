import { z } from 'zod'
import { docLang } from '../../doc/doc.ts'
import { findAnchors } from '../../link/find-anchors.ts'
import { defineComponent } from '../../pipeline/define-component.ts'
import { findClaims } from './find-claims.ts'

/** Check-worthy claims: sentences stating figures, dates, causes or sourced information, with their anchors. */
export const claims = defineComponent({
  name: 'claims',
  description:
    'Finds check-worthy claims (figures, causes, attributed information) with a rule-based checkworthiness score, their language-independent anchors and their sourcing.',
  requires: ['paragraphs', 'sentences', 'entities', 'sourcing', 'language'],
  assigns: 'claims',
  config: z.object({}),
  create: () => (doc) => {
    const { paragraphs, sentences, entities, sourcing } = doc.spans
    const view = { ...doc, lang: docLang(doc), paragraphs, sentences, entities, sourcing }
    return findClaims({ text: doc.text, sentences, sourcing }, findAnchors(view))
  },
})
