import type { GenreCues } from '../genre-cues.ts'

/** Italian genre cues (see GENRE_CUE_GROUPS). */
export const it: GenreCues = {
  firstSingular: ['io', 'mi', 'me', 'mio', 'mia', 'miei', 'mie'],
  firstPlural: ['noi', 'ci', 'nostro', 'nostra', 'nostri', 'nostre'],
  second: [
    'tu',
    'ti',
    'te',
    'tuo',
    'tua',
    'tuoi',
    'tue',
    'voi',
    'vi',
    'vostro',
    'vostra',
    'vostri',
    'vostre',
  ],
  attribution: [
    'secondo',
    'detto',
    'dichiarato',
    'annunciato',
    'affermato',
    'spiegato',
    'sottolineato',
    'aggiunto',
    'riferito',
    'precisato',
    'comunicato',
    'portavoce',
    'ansa',
    'agenzia',
  ],
}
