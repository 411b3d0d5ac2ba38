import type { GenreCues } from '../genre-cues.ts'

/** German genre cues (see GENRE_CUE_GROUPS). */
export const de: GenreCues = {
  firstSingular: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines'],
  firstPlural: ['wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres'],
  second: ['du', 'dich', 'dir', 'dein*', 'ihr', 'euch', 'euer', 'eure*'],
  attribution: [
    'sagte',
    'sagt',
    'laut',
    'zufolge',
    'erklärte',
    'teilte',
    'berichtete',
    'betonte',
    'kündigte',
    'bestätigte',
    'sprecher',
    'sprecherin',
    'mitteilung',
    'agentur',
    'dpa',
  ],
}
