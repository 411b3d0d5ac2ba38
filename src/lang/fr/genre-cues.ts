import type { GenreCues } from '../genre-cues.ts'

/** French genre cues (see GENRE_CUE_GROUPS). */
export const fr: GenreCues = {
  firstSingular: ['je', 'j', 'moi', 'me', 'mon', 'ma', 'mes'],
  firstPlural: ['nous', 'notre', 'nos'],
  second: ['tu', 'toi', 'te', 'ton', 'ta', 'tes', 'vous', 'votre', 'vos'],
  attribution: [
    'selon',
    'déclaré',
    'annoncé',
    'affirmé',
    'indiqué',
    'expliqué',
    'précisé',
    'ajouté',
    'souligné',
    'rapporté',
    'confié',
    'estimé',
    'assuré',
    'rappelé',
    'communiqué',
    'porte-parole',
    'agence',
    'déclare',
    'annonce',
    'indique',
    'précise',
  ],
}
