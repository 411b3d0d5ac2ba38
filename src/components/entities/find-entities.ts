import type { Entity, EntityLabel } from '../../contracts/annotations.ts'
import { type AnnotatedDoc, docLang } from '../../doc/doc.ts'
import {
  foldWord,
  isAcronym,
  isCapitalized,
  makeToken,
  type Token,
  tokenize,
} from '../../doc/tokenize.ts'
import { languageData } from '../../lang/index.ts'
import { COMMON_ACRONYMS } from '../../lang/multi/organization-heads.ts'
import { hasNerModel, type NerEntity, predictEntities } from '../../learn/ner/predict-entities.ts'
import { matchAlias } from './alias-index.ts'
import { canonicalName } from './canonical-name.ts'
import { declinedForms, declinesNames } from './declension.ts'
import { buildEntityContext, type EntityContext } from './entity-context.ts'
import {
  ARTICLE_CONNECTORS,
  hasTitleBefore,
  labelRun,
  organizationHeadBefore,
  RULE_CONFIDENCE,
} from './label-run.ts'

const ALIAS_CONFIDENCE = 0.95
const SURNAME_CONFIDENCE = 0.8
// Arabic article and patronymic particles written in lower case inside names (al-Nusra, bin Salman).
const NAME_PARTICLE = /^(?:al|el|ad|ash|ibn|bin)-\p{Lu}/u
const ONLY_SPACES = /^[ \t\u00a0]*$/u
const SPACE_OR_HYPHEN = /^[ \t\u00a0-]*$/u
const LEADING_NUMBER = /^\p{N}[\p{N}.,]*$/u

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
  const context = buildEntityContext(doc, tokens, lang, language)
  // Where a learned model exists for the language (fr, en) it finds the names; the alias data still comes
  // first, so that curated spellings keep their canonical names. Elsewhere the capitalisation rules do.
  const modelAt = new Map<number, NerEntity>()
  if (lang && hasNerModel(lang)) {
    for (const entity of predictEntities(doc.text, tokens, lang, doc.spans.sentences))
      modelAt.set(entity.first, entity)
  }
  const candidates: Candidate[] = []
  for (let index = 0; index < tokens.length; ) {
    const alias = matchAlias(tokens, index, lang)
    if (
      alias &&
      !(alias.length === 1 && context.isSentenceStart[index] && isCommonWord(context, index, false))
    ) {
      candidates.push({
        first: index,
        last: index + alias.length - 1,
        label: alias.label,
        canonical: alias.canonical,
        confidence: ALIAS_CONFIDENCE,
        method: 'alias',
      })
      index += alias.length
      continue
    }
    if (modelAt.size > 0) {
      const predicted = modelAt.get(index)
      const name = predicted && trimPrediction(tokens, predicted, context)
      if (predicted && name && !aliasInside(tokens, predicted.first + 1, name.last, lang)) {
        const organization = organizationEndingIn(context, candidates, name)
        if (organization) candidates.push(organization)
        else if (continuesOrganization(context, candidates, name))
          candidates[candidates.length - 1]!.last = name.last
        else if (!isConventionalCapital(context, name))
          candidates.push({ ...name, canonical: null, method: 'model' })
        index = predicted.last + 1
      } else index++
      continue
    }
    const rule = capitalisedRun(context, index)
    const previous = candidates[candidates.length - 1]
    if (rule && previous && rule.first <= previous.last) {
      // "Atlantic Endowment" + "for Civic Freedom": an organisation's name continued past a lower-case word.
      previous.last = rule.last
      previous.label = 'ORG'
      previous.canonical = null
      previous.method = 'rule'
      previous.confidence = RULE_CONFIDENCE.organizationHead
      index = rule.last + 1
      continue
    }
    if (rule) {
      candidates.push(rule)
      index = rule.last + 1
      continue
    }
    index++
  }
  return resolveCanonicals(doc.text, tokens, candidates, lang)
}

// "OTAN-Russie", "MI6-Turquie": two known names joined by a hyphen are two entities.
function splitHyphenatedNames(tokens: readonly Token[], lang: string | null): readonly Token[] {
  // Most documents have few hyphenated words: keep the tokenizer's array unless one splits.
  let out: Token[] | null = null
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const parts = token.text.includes('-') ? splitIfKnownNames(token, lang) : null
    if (parts === null) {
      out?.push(token)
      continue
    }
    out ??= tokens.slice(0, index)
    out.push(...parts)
  }
  return out ?? tokens
}

// The parts of a hyphenated token when at least one is a known name and all are capitalised, else null.
// Most hyphenated words have a lower-case part ("porte-parole", "pro-Kremlin"): that test comes first.
function splitIfKnownNames(token: Token, lang: string | null): Token[] | null {
  const texts = token.text.split('-')
  if (!texts.every(isCapitalized) || matchAlias([token], 0, lang)) return null
  const parts: Token[] = []
  let offset = token.start
  for (const part of texts) {
    parts.push(makeToken(offset, part))
    offset += part.length + 1
  }
  return parts.some((part) => matchAlias([part], 0, lang)) ? parts : null
}

const HAS_LETTER = /\p{L}/u
const HAS_DIGIT = /\p{N}/u
const SIGN = /[^\s]/u

// The model sometimes takes a count into a name ("16 Turcs et 6 Israéliens"): a name starts at its first word.
function trimPrediction(
  tokens: readonly Token[],
  predicted: NerEntity,
  context: EntityContext,
): NerEntity | null {
  let first = predicted.first
  while (first <= predicted.last && LEADING_NUMBER.test(tokens[first]!.text)) first++
  if (first > predicted.last) return null
  // Nor does it run past a sign into a count ("Santé : 38 morts", "Écho des Nations – 15"); "Route 91" stays.
  let last = predicted.last
  for (
    let index = predicted.last;
    index > first && !HAS_LETTER.test(tokens[index]!.text);
    index--
  ) {
    const gap = context.text.slice(tokens[index - 1]!.end, tokens[index]!.start)
    if (!HAS_DIGIT.test(tokens[index]!.text) || SIGN.test(gap)) last = index - 1
  }
  return first === predicted.first && last === predicted.last
    ? predicted
    : { ...predicted, first, last }
}

// A word the language writes with a capital by convention ("l'État", "l'Intérieur") is no name on its own.
// Nor is a minister's portfolio after the title ("l'ancien ministre de l'Intérieur"): the title names a person.
function isConventionalCapital(context: EntityContext, name: NerEntity): boolean {
  if (name.first !== name.last) return false
  const folded = context.tokens[name.first]!.folded
  if (context.commonCapitalised.has(folded)) return true
  return context.portfolios.has(folded) && titleJoinedBefore(context, name.first)
}

// "ministre de l'", "minister of the": a one-word title, then only prepositions and articles.
function titleJoinedBefore(context: EntityContext, first: number): boolean {
  for (let index = first - 1; index >= Math.max(0, first - 3); index--) {
    const folded = context.tokens[index]!.folded
    if (context.singleWordTitles.has(folded)) return index < first - 1
    if (!ARTICLE_CONNECTORS.has(folded) && !PREPOSITIONS.has(folded)) return false
  }
  return false
}

const PREPOSITIONS: ReadonlySet<string> = new Set(['de', "d'", 'of', 'di', 'for'])

// "ministère de la Santé", "ministère des Affaires étrangères": the model often reads the portfolio alone as a
// place; a ministry's head before it, joined by an article, says what the name is. Other heads leave the model's
// name alone: "services de la Commission européenne" is the Commission's, "gouvernement de Dostal" Dostal's.
function organizationEndingIn(
  context: EntityContext,
  candidates: readonly Candidate[],
  name: NerEntity,
): Candidate | null {
  const connector = context.tokens[name.first - 1]?.folded ?? ''
  if (!ARTICLE_CONNECTORS.has(connector)) return null
  const head = organizationHeadBefore(context, name.first)
  if (head === -1 || !context.ministryNouns.has(context.tokens[head]!.folded)) return null
  if ((candidates[candidates.length - 1]?.last ?? -1) >= head) return null
  return {
    first: head,
    last: name.last,
    label: 'ORG',
    confidence: RULE_CONFIDENCE.organizationHead,
    method: 'rule',
    canonical: null,
  }
}

// "Atlantic Endowment" + "for" + "Civic Freedom": the model cut an organisation's name at its connector.
function continuesOrganization(
  context: EntityContext,
  candidates: readonly Candidate[],
  name: NerEntity,
): boolean {
  const previous = candidates[candidates.length - 1]
  if (previous?.label !== 'ORG' || previous.method === 'alias') return false
  if (previous.last + 2 !== name.first) return false
  const connector = context.tokens[previous.last + 1]!
  if (!context.connectors.has(connector.folded)) return false
  const gap = context.text.slice(
    context.tokens[previous.last]!.end,
    context.tokens[name.first]!.start,
  )
  return /^\s+\S+\s+$/u.test(gap)
}

// A curated alias inside a predicted name claims it: "le président Vladimir Poutine" keeps its canonical name,
// and so does "Israéliens" in "6 Israéliens", whose number the trimming took off. The caller has looked for an
// alias at the prediction's first token.
function aliasInside(
  tokens: readonly Token[],
  from: number,
  last: number,
  lang: string | null,
): boolean {
  for (let index = from; index <= last; index++) {
    if (matchAlias(tokens, index, lang)) return true
  }
  return false
}

// A sentence-initial capitalised word is a name only if the document also writes it capitalised mid-sentence;
// a function word, or a word the language writes in lower case, is not.
// A lone one seen nowhere else with a capital is more likely a common word ("Combien", "Troops") than a name.
function isCommonWord(context: EntityContext, index: number, isAlone: boolean): boolean {
  const folded = context.tokens[index]?.folded ?? ''
  if (context.stopwords.has(folded) || context.commonCapitalised.has(folded)) return true
  if (context.capitalisedMidSentence.has(folded)) return false
  if (context.lowercaseWords.has(folded) || context.commonWords.has(folded)) return true
  return isAlone && !context.givenNames.has(folded)
}

// Checked for every token: character tests first, the regexes only for the few words they can match.
function isNamePart(token: Token | undefined): boolean {
  if (!token) return false
  const { text } = token
  const last = text.charCodeAt(text.length - 1)
  if (last === APOSTROPHE || last === RIGHT_SINGLE_QUOTE) return false
  if (isCapitalized(text)) return text.charCodeAt(0) < 0x80 || !STARTS_WITH_NUMBER.test(text)
  return PARTICLE_INITIALS.has(text.charCodeAt(0)) && NAME_PARTICLE.test(text)
}

const APOSTROPHE = 0x27
const RIGHT_SINGLE_QUOTE = 0x2019
const STARTS_WITH_NUMBER = /^\p{N}/u
// First letters of NAME_PARTICLE's words: a, e, i, b.
const PARTICLE_INITIALS = new Set([0x61, 0x65, 0x69, 0x62])

function capitalisedRun(context: EntityContext, start: number): Candidate | null {
  const { tokens, text } = context
  if (!isNamePart(tokens[start])) return null
  let first = start
  let last = start
  for (let next = start + 1; next < tokens.length; next++) {
    const gap = text.slice(tokens[next - 1]!.end, tokens[next]!.start)
    const token = tokens[next]!
    if (matchAlias(tokens, next, context.lang)) break
    if (context.commonCapitalised.has(token.folded)) break
    // "МИД Вера Солнцева": an initialism and a name beside it are two entities.
    if (isAcronym(token.text) !== isAcronym(tokens[next - 1]!.text)) break
    if (isNamePart(token) && SPACE_OR_HYPHEN.test(gap)) {
      last = next
      continue
    }
    const after = tokens[next + 1]
    const isConnector = context.connectors.has(token.folded) && ONLY_SPACES.test(gap)
    if (
      isConnector &&
      isNamePart(after) &&
      /^['’]?[ \u00a0]*$/u.test(text.slice(token.end, after!.start))
    ) {
      last = next + 1
      next++
      continue
    }
    break
  }
  // Drop a sentence-initial function word or common word ("Mais Poutine", "Selon Kulov"); a handle is a name.
  const isHandle = text[tokens[first]!.start - 1] === '@'
  if (!isHandle && context.isSentenceStart[first] && isCommonWord(context, first, first === last)) {
    if (first === last) return null
    first++
  }
  // "President Temirov", "Präsident Temirow": a capitalised title is not part of the name.
  while (first < last && context.singleWordTitles.has(tokens[first]!.folded)) first++
  const head = organizationHeadBefore(context, first)
  if (head !== -1)
    return {
      first: head,
      last,
      label: 'ORG',
      confidence: RULE_CONFIDENCE.organizationHead,
      method: 'rule',
      canonical: null,
    }
  if (first === last && isCommonNoun(context, first)) return null
  const label = labelRun(context, first, last)
  return label ? { first, last, ...label, canonical: null } : null
}

// A lone capitalised word that the text also writes in lower case is a common noun written with a capital
// for emphasis ("la Sécurité", "l'État"); an initialism like "ONG" is no name either.
function isCommonNoun(context: EntityContext, index: number): boolean {
  const word = context.tokens[index]?.text ?? ''
  if (COMMON_ACRONYMS.has(word) || context.commonCapitalised.has(foldWord(word))) return true
  if (isAcronym(word)) return false
  return context.lowercaseWords.has(foldWord(word)) && !hasTitleBefore(context, index)
}

function resolveCanonicals(
  text: string,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  lang: string | null,
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
  linkSurnames(entities, lang)
  linkDeclinedForms(entities, lang)
  return entities
}

// "Ehrlich" after "Clint Ehrlich", "Massimov" after "Karim Massimov", the handle "ClintEhrlich":
// one person, one canonical name.
function linkSurnames(entities: Entity[], lang: string | null): void {
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
  // A name the rules could not place is a person wherever the same name is a person in the document.
  const people = new Set(
    entities.filter((entity) => entity.label === 'PER').map((entity) => entity.canonical),
  )
  entities.forEach((entity, index) => {
    if (entity.label === 'MISC' && people.has(entity.canonical))
      entities[index] = { ...entity, label: 'PER' }
  })
  entities.forEach((entity, index) => {
    if (entity.method === 'alias' || entity.text.includes(' ')) return
    // "Солнцевой" is the surname of "Вера Солнцева" in another case.
    const full = declinedForms(foldWord(entity.text), lang)
      .map((form) => fullNames.get(form))
      .find((found) => found !== undefined)
    if (!full) return
    entities[index] = {
      ...entity,
      label: 'PER',
      canonical: full.canonical,
      confidence: Math.max(entity.confidence, SURNAME_CONFIDENCE),
    }
  })
}

// One-word names of one document in several cases ("Боровия", "Боровии") share the canonical name of the form
// that the others decline from, or of the full name that ends with it; alias matches already have theirs.
function linkDeclinedForms(entities: Entity[], lang: string | null): void {
  if (!declinesNames(lang)) return
  const single = (entity: Entity) => entity.method !== 'alias' && !entity.text.includes(' ')
  const byForm = new Map<string, Entity>()
  for (const entity of entities) if (single(entity)) byForm.set(foldWord(entity.text), entity)
  // A person's full name lends its canonical name to the surname in another case: "Солнцевой", "Вера Солнцева".
  for (const entity of entities) {
    if (entity.method === 'alias' || entity.label !== 'PER' || single(entity)) continue
    const last = foldWord(entity.text.split(/\s+/u).at(-1) ?? '')
    if (!byForm.has(last)) byForm.set(last, entity)
  }
  entities.forEach((entity, index) => {
    if (!single(entity)) return
    const [written, ...bases] = declinedForms(foldWord(entity.text), lang)
    const base = bases.map((form) => byForm.get(form)).find((found) => found !== undefined)
    if (!base || written === foldWord(base.text)) return
    // The surer label stays: a place the model read is not made MISC by a base form the rules read.
    const label = entity.label === 'MISC' ? base.label : entity.label
    entities[index] = { ...entity, label, canonical: base.canonical }
  })
}
