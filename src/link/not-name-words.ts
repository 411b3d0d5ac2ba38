import { foldWord } from '../doc/tokenize.ts'
import { LANGUAGES } from '../lang/index.ts'

// Weekdays are capitalised in English and German and say nothing about which piece a text is.
const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
]

/**
 * Folded capitalised words that are never names in any of our languages: sentence openers, titles, words
 * capitalised by convention, months and weekdays. One set for all languages, because a title or a month in one
 * language is not a name in another either.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  [
    ...WEEKDAYS,
    ...Object.values(LANGUAGES).flatMap((data) => [
      ...data.stopwords,
      ...data.capitalisedCommonNouns,
      ...data.personTitles,
      ...Object.keys(data.months),
    ]),
  ].map(foldWord),
)
