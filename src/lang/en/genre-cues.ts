import type { GenreCues } from '../genre-cues.ts'

/** English genre cues (see GENRE_CUE_GROUPS). */
export const en: GenreCues = {
  firstSingular: ['i', 'me', 'my', 'mine', 'myself'],
  firstPlural: ['we', 'us', 'our', 'ours', 'ourselves'],
  second: ['you', 'your', 'yours', 'yourself', 'yourselves'],
  attribution: [
    'said',
    'says',
    'according',
    'told',
    'announced',
    'stated',
    'reported',
    'added',
    'explained',
    'confirmed',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'statement',
    'reuters',
    'agency',
  ],
}
