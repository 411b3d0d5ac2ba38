import { isAcronym, isCapitalized, tokenize } from '../../doc/tokenize.ts'
import { ENTITY_ALIASES } from '../../lang/multi/entity-aliases.ts'
import type { TaggedSentence } from './conll-example.ts'
import type { NerLexicon } from './word-features.ts'

/** Word lists for gazetteer features, by list name; words are folded (see foldWord). */
export type LexiconLists = Record<string, string[]>

// A given name must open at least this many multi-word person names in the training sentences.
const MIN_GIVEN_NAME_COUNT = 2
// A word is "usually lower case" when written so at least this often, and more often than capitalised mid-sentence.
const MIN_LOWER_CASE_COUNT = 2
// A word is "usually capitalised" when written so mid-sentence at least this often and never in lower case.
const MIN_CAPITALISED_COUNT = 2

/**
 * Builds the gazetteer lists of a language: words of curated aliases per label, given names from the training
 * sentences' person names, and words that the training text writes mostly in lower case or only capitalised.
 */
export function buildLexicon(sentences: readonly TaggedSentence[], lang: string): LexiconLists {
  const lists: Record<string, Set<string>> = {}
  const add = (name: string, word: string): void => {
    lists[name] ??= new Set()
    lists[name].add(word)
  }
  for (const entity of ENTITY_ALIASES) {
    for (const alias of [...entity.aliases, ...(entity.aliasesByLanguage[lang] ?? [])])
      for (const token of tokenize(alias))
        if (isCapitalized(token.text) || isAcronym(token.text))
          add(`alias-${entity.label}`, token.folded)
  }
  for (const word of givenNames(sentences)) add('given-name', word)
  const { lower, capitalised } = countCase(sentences.map((sentence) => sentence.text))
  for (const [word, count] of lower)
    if (count >= MIN_LOWER_CASE_COUNT && count > (capitalised.get(word) ?? 0)) add('lower', word)
  for (const [word, count] of capitalised)
    if (count >= MIN_CAPITALISED_COUNT && !lower.has(word)) add('capitalised', word)
  return Object.fromEntries(
    Object.entries(lists)
      .sort(([left], [right]) => (left < right ? -1 : 1))
      .map(([name, words]) => [name, [...words].sort()]),
  )
}

function givenNames(sentences: readonly TaggedSentence[]): string[] {
  const counts = new Map<string, number>()
  for (const sentence of sentences) {
    sentence.tags.forEach((tag, index) => {
      const token = sentence.tokens[index]!
      if (tag === 'B-PER' && sentence.tags[index + 1] === 'I-PER' && isCapitalized(token.text))
        counts.set(token.folded, (counts.get(token.folded) ?? 0) + 1)
    })
  }
  return [...counts].filter(([, count]) => count >= MIN_GIVEN_NAME_COUNT).map(([word]) => word)
}

// Counts lower-case and mid-sentence capitalised spellings per folded word; a token after sentence-final
// punctuation, or first in its line, is skipped, since capitals there say nothing.
function countCase(texts: readonly string[]): {
  lower: Map<string, number>
  capitalised: Map<string, number>
} {
  const lower = new Map<string, number>()
  const capitalised = new Map<string, number>()
  for (const text of texts) {
    const tokens = tokenize(text)
    tokens.forEach((token, index) => {
      if (!/^\p{L}/u.test(token.text)) return
      if (!isCapitalized(token.text)) {
        lower.set(token.folded, (lower.get(token.folded) ?? 0) + 1)
        return
      }
      const gap = index === 0 ? '\n' : text.slice(tokens[index - 1]!.end, token.start)
      if (/[.!?…:\n«"“]/u.test(gap) || isAcronym(token.text)) return
      capitalised.set(token.folded, (capitalised.get(token.folded) ?? 0) + 1)
    })
  }
  return { lower, capitalised }
}

/** Turns word lists by name into the lookup the features use: folded word → names of the lists holding it. */
export function toLexicon(lists: Readonly<Record<string, readonly string[]>>): NerLexicon {
  const lexicon = new Map<string, string[]>()
  for (const [name, words] of Object.entries(lists))
    for (const word of words) {
      const names = lexicon.get(word)
      if (names) names.push(name)
      else lexicon.set(word, [name])
    }
  return lexicon
}
