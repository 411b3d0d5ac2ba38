import { z } from 'zod'
import { defineComponent } from '../../pipeline/define-component.ts'
import { findGenre } from './find-genre.ts'

/** The article's genre (opinion, reporting, satire), SemEval-2023 Task 3 subtask 1. */
export const genre = defineComponent({
  name: 'genre',
  description:
    'Says whether the article is opinion, reporting or satire (en, fr, de, it, pl, ru), with calibrated scores and evidence paragraphs.',
  requires: ['paragraphs', 'sentences', 'language'],
  assigns: 'genre',
  config: z.object({}),
  create: () => (doc) => findGenre(doc),
})
