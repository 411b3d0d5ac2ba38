import type { Entity, EntityLabel } from '../../contracts/annotations.ts'
import { isAcronym, isCapitalized } from '../../doc/tokenize.ts'
import { ORGANIZATION_HEADS } from '../../lang/multi/organization-heads.ts'
import { matchAlias } from './alias-index.ts'
import type { EntityContext } from './entity-context.ts'

/** The label the rules give a run of capitalised tokens, and how sure they are; null when it is no name. */
export type RunLabel = { label: EntityLabel; confidence: number; method: Entity['method'] } | null

// Confidence of each rule, from how often it was right on our demo corpus and the seeds.
export const RULE_CONFIDENCE = {
  titledPerson: 0.85,
  organizationHead: 0.8,
  givenName: 0.75,
  acronym: 0.6,
  placeAfterPreposition: 0.6,
  dateline: 0.6,
  unknownName: 0.45,
  single: 0.4,
} as const
// How many tokens back a title ("le président kazakh") may stand from the name it introduces.
const TITLE_WINDOW = 4
// Initialisms are short; an all-capital word longer than this is a shouted word or a dateline ("DOSTAL,").
const MAX_ACRONYM_LETTERS = 5

/** Labels the run of tokens [first, last] by its words and context; null when the rules see no name. */
export function labelRun(context: EntityContext, first: number, last: number): RunLabel {
  const { tokens } = context
  const words = tokens.slice(first, last + 1)
  const method = 'rule' as const
  const only = words.length === 1 ? words[0]!.text : null
  if (only && isAcronym(only)) {
    // A news agency dateline: "DOSTAL, March 12 (CPA) –".
    const after = context.text.slice(words[0]!.end, words[0]!.end + 2)
    const isDateline = context.isSentenceStart[first] && /^\s*,/u.test(after) && only.length > 3
    if (isDateline) return { label: 'LOC', confidence: RULE_CONFIDENCE.dateline, method }
    if (only.replace(/[^\p{L}]/gu, '').length > MAX_ACRONYM_LETTERS) return null
    return { label: 'ORG', confidence: RULE_CONFIDENCE.acronym, method }
  }
  const hasHead = words.some((word) => ORGANIZATION_HEADS.has(word.folded))
  if (hasHead && (!context.capitalisesNouns || words.length > 1)) {
    return { label: 'ORG', confidence: RULE_CONFIDENCE.organizationHead, method }
  }
  if (hasTitleBefore(context, first))
    return { label: 'PER', confidence: RULE_CONFIDENCE.titledPerson, method }
  if (words.length >= 2 && words.length <= 4 && context.givenNames.has(words[0]!.folded)) {
    return { label: 'PER', confidence: RULE_CONFIDENCE.givenName, method }
  }
  // In German every noun is capitalised: without a title or a given name a capital proves nothing.
  if (context.capitalisesNouns) return null
  if (words.length >= 2) return { label: 'MISC', confidence: RULE_CONFIDENCE.unknownName, method }
  const previous = tokens[first - 1]
  if (previous && context.locationPrepositions.has(previous.folded)) {
    return { label: 'LOC', confidence: RULE_CONFIDENCE.placeAfterPreposition, method }
  }
  return { label: 'MISC', confidence: RULE_CONFIDENCE.single, method }
}

/** "le président kazakh Kassym-Jomart Tokaïev", "the activist Dzmitry Halko": a title, then lower-case words. */
export function hasTitleBefore(context: EntityContext, first: number): boolean {
  for (let back = 1; back <= TITLE_WINDOW; back++) {
    const index = first - back
    const token = context.tokens[index]
    if (!token) return false
    for (const title of context.titles) {
      const titleStart = index - title.length + 1
      if (titleStart < 0) continue
      if (title.every((word, offset) => context.tokens[titleStart + offset]?.folded === word))
        return true
    }
    // Only adjectives may stand between a title and the name: "ministre de l'Intérieur" is no person. A known place
    // or body in the genitive may too ("министр иностранных дел Украины Дмитрий Кулеба", "представитель МИД Вера
    // Солнцева"), and so may an initialism; the lookup is made
    // only for capitalised words, which end the search otherwise.
    if (context.stopwords.has(token.folded)) return false
    if (isCapitalized(token.text) && !isAcronym(token.text)) {
      const known = matchAlias(context.tokens, index, context.lang)
      if (!known || known.label === 'PER' || known.length !== 1) return false
    }
  }
  return false
}

/**
 * "ministère de la Santé", "Pacte de sécurité du Nord": a capitalised word closing an organisation's name whose
 * head stands up to four words before it, the last of them an article or preposition ("de la", "del", "of").
 * Returns the index of the head, or -1. German capitalises every noun, so it has no such pattern to read.
 */
export function organizationHeadBefore(context: EntityContext, first: number): number {
  if (context.capitalisesNouns) return -1
  const before = context.tokens[first - 1]
  if (!before || !NAME_INNER_WORDS.has(before.folded)) return -1
  let otherWords = 0
  for (let back = 1; back <= 4; back++) {
    const token = context.tokens[first - back]
    if (!token) return -1
    const gap = context.text.slice(token.end, context.tokens[first - back + 1]!.start)
    if (/[,;:.!?()«»“”"\d]/u.test(gap) || /\d/u.test(token.text)) return -1
    if (context.organizationNouns.has(token.folded) || ORGANIZATION_HEADS.has(token.folded))
      return first - back
    if (isCapitalized(token.text)) return -1
    // One adjective may stand inside ("ministère karvénien de la Santé"); a verb or a second one ends the name.
    if (!NAME_INNER_WORDS.has(token.folded) && ++otherWords > 1) return -1
  }
  return -1
}

// Articles, alone or contracted with a preposition, that join a head to a portfolio: "de la", "des", "della".
const JOINING_ARTICLES = [
  'la',
  'le',
  'les',
  "l'",
  'du',
  'des',
  'del',
  'della',
  "dell'",
  'dello',
  'dei',
  'degli',
  'delle',
]

/** The articles of NAME_INNER_WORDS: after them comes a portfolio ("de la Santé"), not a place ("de Dostal"). */
export const ARTICLE_CONNECTORS: ReadonlySet<string> = new Set(JOINING_ARTICLES)

// Articles and prepositions that join an organisation's head to the rest of its name.
const NAME_INNER_WORDS: ReadonlySet<string> = new Set([
  'de',
  "d'",
  'of',
  'for',
  'the',
  'di',
  'el',
  'los',
  'las',
  'y',
  'et',
  ...JOINING_ARTICLES,
])
