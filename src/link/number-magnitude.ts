import { foldWord } from '../doc/tokenize.ts'
import { LANGUAGES } from '../lang/index.ts'

// "19 millions", "1,5 Mrd.", "un million", "a billion": figures that a magnitude word scales, read from the
// language data. A figure is keyed by its digits or number word alone ("#19", "#1", "#1.5"), as it was before a
// magnitude was read: translations keep the magnitude in their own words, and abbreviations we do not list
// ("$19m") still meet "19 millions".

function foldedTable(
  pick: (code: string) => Readonly<Record<string, number>>,
): Map<string, Map<string, number>> {
  return new Map(
    Object.keys(LANGUAGES).map((code) => [
      code,
      new Map(Object.entries(pick(code)).map(([word, value]) => [foldWord(word), value])),
    ]),
  )
}

const MAGNITUDES = foldedTable((code) => LANGUAGES[code]!.magnitudes)
// Number words are looked up as written (lower case or capitalised), for every word of a text: no folding.
const NUMBER_WORDS = new Map(
  Object.keys(LANGUAGES).map((code) => [code, writtenForms(LANGUAGES[code]!.numberWords)]),
)
// A text in a language we have no data for is read with every language's words.
const ANY_MAGNITUDE = new Map([...MAGNITUDES.values()].flatMap((table) => [...table]))
const ANY_NUMBER_WORD = new Map([...NUMBER_WORDS.values()].flatMap((table) => [...table]))

function writtenForms(words: Readonly<Record<string, number>>): Map<string, number> {
  const forms = new Map<string, number>()
  for (const [word, value] of Object.entries(words)) {
    forms.set(word, value)
    forms.set(word.charAt(0).toUpperCase() + word.slice(1), value)
  }
  return forms
}

/** The power of ten a word scales the number before it by ("millions" → 6), or undefined. */
export function magnitudeOf(word: string, lang: string | null): number | undefined {
  const table = (lang ? MAGNITUDES.get(lang) : undefined) ?? ANY_MAGNITUDE
  return table.get(foldWord(word))
}

/** True for a word that scales the number before it ("millions", "Mrd", "млн"). */
export function isMagnitude(word: string, lang: string | null): boolean {
  return magnitudeOf(word, lang) !== undefined
}

// An elided article or preposition before the number word: "d’un million".
const ELISION = /^\p{L}{1,5}['’]/u

/** The value of a number written as a word ("un", "Two", "zwei"), elision allowed ("d’un"), or undefined. */
export function numberWordValue(word: string, lang: string | null): number | undefined {
  const table = (lang ? NUMBER_WORDS.get(lang) : undefined) ?? ANY_NUMBER_WORD
  const value = table.get(word)
  if (value !== undefined || !(word.includes('’') || word.includes("'"))) return value
  return table.get(word.replace(ELISION, ''))
}
