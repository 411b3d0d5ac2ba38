import { foldWord } from '../doc/tokenize.ts'
import { LANGUAGES } from '../lang/index.ts'

const BY_LANGUAGE = new Map(
  Object.entries(LANGUAGES).map(([code, data]) => [
    code,
    new Map(Object.entries(data.months).map(([name, month]) => [foldWord(name), month])),
  ]),
)
// A text in a language we have no data for may still write months in one we know; "mars" and "mai" are rare
// as other words next to a day number.
const ANY_LANGUAGE = new Map([...BY_LANGUAGE.values()].flatMap((months) => [...months]))

/** The month (1–12) a folded word names in the text's language (or in any known language), or undefined. */
export function monthNumber(folded: string, lang: string | null): number | undefined {
  const own = lang ? BY_LANGUAGE.get(lang) : undefined
  return (own ?? ANY_LANGUAGE).get(folded)
}
