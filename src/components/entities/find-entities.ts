import type { Entity, EntityLabel } from '../../contracts/annotations.ts'
import { type AnnotatedDoc, docLang } from '../../doc/doc.ts'
import { spanIndexAt } from '../../doc/span.ts'
import {
  foldWord,
  isAcronym,
  isCapitalized,
  makeToken,
  type Token,
  tokenize,
} from '../../doc/tokenize.ts'
import { type LanguageData, languageData } from '../../lang/index.ts'
import { COMMON_ACRONYMS, ORGANIZATION_HEADS } from '../../lang/multi/organization-heads.ts'
import { matchAlias } from './alias-index.ts'
import { canonicalName } from './canonical-name.ts'

// Confidence of each way of finding an entity, from how often each was right on our demo corpus and seeds.
const CONFIDENCE = {
  alias: 0.95,
  titledPerson: 0.85,
  organizationHead: 0.8,
  multiWordName: 0.7,
  acronym: 0.6,
  placeAfterPreposition: 0.6,
  surnameOfKnownPerson: 0.8,
  single: 0.4,
} as const
// How many tokens back a title ("le président kazakh") may stand from the name it introduces.
const TITLE_WINDOW = 4
// Arabic article and patronymic particles written in lower case inside names (al-Nusra, bin Salman).
const NAME_PARTICLE = /^(?:al|el|ad|ash|ibn|bin)-\p{Lu}/u
const ONLY_SPACES = /^[ \t\u00a0]*$/u
const SPACE_OR_HYPHEN = /^[ \t\u00a0-]*$/u
const OPENERS = /[«“"„([:—–]\s*$/u

interface Candidate {
  first: number
  last: number
  label: EntityLabel
  canonical: string | null
  confidence: number
  method: Entity['method']
}

/** Finds named entities with the alias data first, then capitalisation and context rules per language. */
export function findEntities(doc: AnnotatedDoc<'sentences' | 'language'>): Entity[] {
  const lang = docLang(doc)
  const language = languageData(lang)
  const tokens = splitHyphenatedNames(tokenize(doc.text), lang)
  const words = tokens.map((token) => token.text)
  const context = buildContext(doc, tokens, language)
  const candidates: Candidate[] = []
  for (let index = 0; index < tokens.length; ) {
    const alias = matchAlias(words, index, lang)
    if (
      alias &&
      !(alias.length === 1 && context.isSentenceStart[index] && isCommonWord(context, index))
    ) {
      candidates.push({
        first: index,
        last: index + alias.length - 1,
        label: alias.label,
        canonical: alias.canonical,
        confidence: CONFIDENCE.alias,
        method: 'alias',
      })
      index += alias.length
      continue
    }
    const rule = capitalisedRun(context, index, lang)
    if (rule) {
      candidates.push(rule)
      index = rule.last + 1
      continue
    }
    index++
  }
  return resolveCanonicals(doc.text, tokens, candidates)
}

// "OTAN-Russie", "MI6-Turquie": two known names joined by a hyphen are two entities.
function splitHyphenatedNames(tokens: readonly Token[], lang: string | null): Token[] {
  return tokens.flatMap((token) => {
    if (!token.text.includes('-') || matchAlias([token.text], 0, lang)) return [token]
    const parts: Token[] = []
    let offset = token.start
    for (const part of token.text.split('-')) {
      parts.push(makeToken(offset, part))
      offset += part.length + 1
    }
    const knownParts = parts.filter((part) => matchAlias([part.text], 0, lang)).length
    return knownParts > 0 && parts.every((part) => isCapitalized(part.text)) ? parts : [token]
  })
}

interface Context {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly words: readonly string[]
  readonly language: LanguageData | null
  readonly isSentenceStart: readonly boolean[]
  readonly lowercaseWords: ReadonlySet<string>
  readonly capitalisedMidSentence: ReadonlySet<string>
  readonly stopwords: ReadonlySet<string>
  readonly commonCapitalised: ReadonlySet<string>
  readonly connectors: ReadonlySet<string>
  readonly titles: readonly string[][]
  readonly singleWordTitles: ReadonlySet<string>
  readonly locationPrepositions: ReadonlySet<string>
}

function buildContext(
  doc: AnnotatedDoc<'sentences'>,
  tokens: readonly Token[],
  language: LanguageData | null,
): Context {
  const text = doc.text
  const sentences = doc.spans.sentences
  const isSentenceStart = tokens.map((token, index) => {
    const previous = tokens[index - 1]
    const sentence = spanIndexAt(sentences, token.start)
    if (!previous || sentence !== spanIndexAt(sentences, previous.start)) return true
    return OPENERS.test(text.slice(previous.end, token.start))
  })
  const lowercaseWords = new Set<string>()
  const capitalisedMidSentence = new Set<string>()
  tokens.forEach((token, index) => {
    if (!isCapitalized(token.text)) lowercaseWords.add(token.folded)
    else if (!isSentenceStart[index]) capitalisedMidSentence.add(token.folded)
  })
  return {
    text,
    tokens,
    words: tokens.map((token) => token.text),
    language,
    isSentenceStart,
    lowercaseWords,
    capitalisedMidSentence,
    stopwords: new Set((language?.stopwords ?? []).map(foldWord)),
    commonCapitalised: new Set(language?.capitalisedCommonNouns ?? []),
    connectors: new Set((language?.nameConnectors ?? []).map(foldWord)),
    singleWordTitles: new Set(
      (language?.personTitles ?? [])
        .filter((title) => !title.includes(' '))
        .map((title) => foldWord(title.replace(/\.$/u, ''))),
    ),
    titles: (language?.personTitles ?? []).map((title) =>
      tokenize(title).map((token) => token.folded),
    ),
    locationPrepositions: new Set((language?.locationPrepositions ?? []).map(foldWord)),
  }
}

// A sentence-initial capitalised word is a name only if the document also writes it capitalised mid-sentence,
// or never writes it in lower case and it is no function word.
function isCommonWord(context: Context, index: number): boolean {
  const folded = context.tokens[index]?.folded ?? ''
  if (context.stopwords.has(folded)) return true
  if (context.capitalisedMidSentence.has(folded)) return false
  return context.lowercaseWords.has(folded)
}

function isNamePart(token: Token | undefined): boolean {
  if (!token || /['’]$/u.test(token.text)) return false
  return (
    (isCapitalized(token.text) || NAME_PARTICLE.test(token.text)) && !/^\p{N}/u.test(token.text)
  )
}

function capitalisedRun(context: Context, start: number, lang: string | null): Candidate | null {
  const { tokens, text } = context
  if (!isNamePart(tokens[start])) return null
  let first = start
  let last = start
  for (let next = start + 1; next < tokens.length; next++) {
    const gap = text.slice(tokens[next - 1]!.end, tokens[next]!.start)
    const token = tokens[next]!
    if (matchAlias(context.words, next, lang)) break
    if (isNamePart(token) && SPACE_OR_HYPHEN.test(gap)) {
      last = next
      continue
    }
    const isConnector = context.connectors.has(token.folded) && ONLY_SPACES.test(gap)
    const after = tokens[next + 1]
    if (
      isConnector &&
      isNamePart(after) &&
      /^['’]?\s*$/u.test(text.slice(token.end, after!.start))
    ) {
      last = next + 1
      next++
      continue
    }
    break
  }
  // Drop a sentence-initial function word or common word ("Mais Poutine", "Selon Kulov").
  while (first <= last && context.isSentenceStart[first] && isCommonWord(context, first)) {
    if (first === last) return null
    first++
    context = { ...context, isSentenceStart: markStart(context.isSentenceStart, first) }
  }
  if (first > last) return null
  // "President Temirov", "Präsident Temirow": a capitalised title is not part of the name.
  while (first < last && context.singleWordTitles.has(tokens[first]!.folded)) first++
  if (first === last && isCommonNoun(context, first)) return null
  const label = labelRun(context, first, last)
  return { first, last, ...label, canonical: null }
}

// A lone capitalised word that the text also writes in lower case is a common noun written with a capital
// for emphasis or as part of a longer name ("la Sécurité", "l'État"); an initialism like "ONG" is no name either.
function isCommonNoun(context: Context, index: number): boolean {
  const word = context.tokens[index]?.text ?? ''
  if (COMMON_ACRONYMS.has(word) || context.commonCapitalised.has(foldWord(word))) return true
  if (isAcronym(word)) return false
  return context.lowercaseWords.has(foldWord(word)) && !hasTitleBefore(context, index)
}

function markStart(starts: readonly boolean[], index: number): boolean[] {
  const copy = [...starts]
  copy[index] = true
  return copy
}

function labelRun(
  context: Context,
  first: number,
  last: number,
): Pick<Candidate, 'label' | 'confidence' | 'method'> {
  const { tokens } = context
  const words = tokens.slice(first, last + 1).map((token) => token.text)
  const method = 'rule' as const
  if (words.some((word) => ORGANIZATION_HEADS.has(foldWord(word)))) {
    return { label: 'ORG', confidence: CONFIDENCE.organizationHead, method }
  }
  if (words.length === 1 && isAcronym(words[0] ?? ''))
    return { label: 'ORG', confidence: CONFIDENCE.acronym, method }
  if (hasTitleBefore(context, first))
    return { label: 'PER', confidence: CONFIDENCE.titledPerson, method }
  if (words.length >= 2 && words.length <= 4)
    return { label: 'PER', confidence: CONFIDENCE.multiWordName, method }
  const previous = tokens[first - 1]
  if (previous && context.locationPrepositions.has(previous.folded)) {
    return { label: 'LOC', confidence: CONFIDENCE.placeAfterPreposition, method }
  }
  return { label: 'MISC', confidence: CONFIDENCE.single, method }
}

// "le président kazakh Kassym-Jomart Tokaïev", "the activist Dzmitry Halko": a title, then lower-case words.
function hasTitleBefore(context: Context, first: number): boolean {
  for (let back = 1; back <= TITLE_WINDOW; back++) {
    const index = first - back
    const token = context.tokens[index]
    if (!token) return false
    for (const title of context.titles) {
      const titleStart = index - title.length + 1
      if (titleStart < 0) continue
      const matches = title.every(
        (word, offset) => (context.tokens[titleStart + offset]?.folded ?? '') === word,
      )
      if (matches) return true
    }
    // Only adjectives may stand between a title and the name: "ministre de l'Intérieur" is no person.
    if (back >= 1 && (isCapitalized(token.text) || context.stopwords.has(token.folded)))
      return false
  }
  return false
}

function resolveCanonicals(
  text: string,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
): Entity[] {
  const entities: Entity[] = candidates.map((candidate) => {
    const start = tokens[candidate.first]!.start
    const end = tokens[candidate.last]!.end
    const mention = text.slice(start, end)
    return {
      start,
      end,
      text: mention,
      label: candidate.label,
      canonical: candidate.canonical ?? canonicalName(mention),
      confidence: candidate.confidence,
      method: candidate.method,
    }
  })
  linkSurnames(entities)
  return entities
}

// "Ehrlich" after "Clint Ehrlich", "Massimov" after "Karim Massimov", the handle "ClintEhrlich":
// one person, one canonical name.
function linkSurnames(entities: Entity[]): void {
  const fullNames = new Map<string, Entity>()
  for (const entity of entities) {
    if (entity.label !== 'PER') continue
    const parts = entity.text.split(/\s+/u)
    if (parts.length < 2) continue
    fullNames.set(foldWord(parts.join('')), entity)
    const surname = foldWord(parts[parts.length - 1] ?? '')
    if (!fullNames.has(surname)) fullNames.set(surname, entity)
    const canonicalParts = entity.canonical.split(/\s+/u)
    const canonicalSurname = foldWord(canonicalParts[canonicalParts.length - 1] ?? '')
    if (!fullNames.has(canonicalSurname)) fullNames.set(canonicalSurname, entity)
  }
  entities.forEach((entity, index) => {
    if (entity.method === 'alias' || entity.text.includes(' ')) return
    const full = fullNames.get(foldWord(entity.text))
    if (!full) return
    entities[index] = {
      ...entity,
      label: 'PER',
      canonical: full.canonical,
      confidence: Math.max(entity.confidence, CONFIDENCE.surnameOfKnownPerson),
    }
  })
}
