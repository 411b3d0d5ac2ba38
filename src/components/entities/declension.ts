import { foldWord } from '../../doc/tokenize.ts'
import { languageData } from '../../lang/index.ts'

// Names declined by case ("Токаева", "России") read as their base forms, from the language data's case endings.

interface DeclinedEnding {
  readonly ending: string
  readonly bases: readonly string[]
}

// A stem keeps at least this many letters: "Мира" is not "Мир" + "а" for an alias of two letters.
const MIN_STEM_CHARS = 3
const endingCache = new Map<string, readonly DeclinedEnding[]>()

// The language's case endings, folded as tokens are, longest first.
function caseEndings(lang: string | null): readonly DeclinedEnding[] {
  const key = lang ?? ''
  let endings = endingCache.get(key)
  if (!endings) {
    endings = Object.entries(languageData(lang)?.caseEndings ?? {})
      .map(([ending, bases]) => ({ ending: foldWord(ending), bases: bases.map(foldWord) }))
      .sort((a, b) => b.ending.length - a.ending.length)
    endingCache.set(key, endings)
  }
  return endings
}

/** True for a language whose names change with their case. */
export function declinesNames(lang: string | null): boolean {
  return caseEndings(lang).length > 0
}

/** A folded word, then every base form its case ending allows ("токаева" → "токаева", "токаев"). */
export function declinedForms(folded: string, lang: string | null): string[] {
  const forms = [folded]
  for (const { ending, bases } of caseEndings(lang)) {
    if (!folded.endsWith(ending) || folded.length - ending.length < MIN_STEM_CHARS) continue
    const stem = folded.slice(0, folded.length - ending.length)
    for (const base of bases) if (!forms.includes(stem + base)) forms.push(stem + base)
  }
  return forms
}
