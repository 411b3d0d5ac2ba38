import type { Entity } from '../../contracts/annotations.ts'
import { foldWord } from '../../doc/tokenize.ts'
import { LANGUAGES } from '../../lang/index.ts'
import { nameLexicon } from '../../lang/multi/name-lexicon.ts'
import type { LineContext, Part } from './credit-line-types.ts'
import type { ParsedDate } from './parse-date.ts'
import type { CreditSegment } from './split-credit-line.ts'

// A name part is a person or an outlet of a few words ("Tribuna del Sur"), never a sentence.
// A name with "Review", "Observatoire", "Обозрение" in it is an outlet's, in whatever language it is written.
const OUTLET_WORDS: ReadonlySet<string> = new Set(
  Object.values(LANGUAGES).flatMap((language) =>
    language.provenanceCues.creditWords.outletWords.map((word) => foldWord(word)),
  ),
)

export const MAX_NAME_WORDS = 6
const MAX_PERSON_WORDS = 4

/** What a part without a cue is: a date, a URL, a place, a section label, a person, an outlet, or other text. */
export function readPlainPart(text: string, segment: CreditSegment, context: LineContext): Part {
  const { date, url } = context
  const bare = text.replace(/^[\s:.,;–—-]+|[\s:.,;–—-]+$/gu, '')
  if (!bare) return { kind: 'other', text: bare }
  if (date && isDateOnly(bare, date)) return { kind: 'date', text: bare }
  if (url && bare.includes(url) && bare.replace(url, '').trim() === '')
    return { kind: 'url', text: bare }
  const start = context.line.start + segment.start + segment.text.indexOf(bare)
  const covering = coveringEntity(start, start + bare.length, context.entities)
  // A country the alias data knows ("США", "(Italia)"); a place the model guessed may be an outlet ("Regards du Sud").
  if (covering?.label === 'LOC' && covering.method === 'alias') return { kind: 'place', text: bare }
  // A section of the site: "Kategorie: Energie, Geopolitik", "Opinion".
  if (/^\p{Lu}\p{L}*:/u.test(bare) || isCommonWord(bare)) return { kind: 'label', text: bare }
  if (isPerson(bare, context))
    return { kind: 'person', name: personIn(bare, context) ?? bare, text: bare }
  if (looksLikeOutlet(bare))
    return { kind: 'outlet', name: bare.replace(/^[«"“]+|[»"”]+$/gu, ''), text: bare }
  return { kind: 'other', text: bare }
}

// A person's name as the entities read it (canonical), when one covers most of the text.
export function personIn(text: string, context: LineContext): string | null {
  const at = context.line.text.indexOf(text)
  if (at === -1) return null
  const start = context.line.start + at
  const entity = coveringEntity(start, start + text.length, context.entities)
  return entity?.label === 'PER' ? entity.canonical : null
}

function coveringEntity(start: number, end: number, entities: readonly Entity[]): Entity | null {
  const letters = end - start
  return (
    entities.find(
      (entity) =>
        entity.start >= start &&
        entity.end <= end &&
        (entity.end - entity.start) / Math.max(1, letters) >= 0.6,
    ) ?? null
  )
}

// A person: two to four capitalised words (not a headline in capitals) with no common word among them
// ("Réseau Veille", "The Meridian Review", "Rebelión Global" are outlets), that an entity reads as a person or
// a name, or that open with a known given name, or are only two or three words.
export function isPerson(text: string, context: LineContext): boolean {
  if (!isNameShaped(text) || text === text.toUpperCase()) return false
  const words = text.split(/\s+/u).map((word) => foldWord(word))
  if (words.some((word) => isCommonNotName(word) || OUTLET_WORDS.has(word))) return false
  const at = context.line.text.indexOf(text)
  const start = context.line.start + at
  const entity = at === -1 ? null : coveringEntity(start, start + text.length, context.entities)
  if (entity) return entity.label === 'PER' || entity.label === 'MISC'
  // Without an entity (German has no learned model), a known given name or a short name of uncommon words.
  return nameLexicon().givenNames.has(words[0] ?? '') || words.length <= 3
}

// A common word of the lexicon's languages that is not also a given name ("the" is both in the lexicon's
// data, "Claire" too; short words are taken as common).
function isCommonNotName(folded: string): boolean {
  return isCommonFolded(folded) && (folded.length <= 3 || !nameLexicon().givenNames.has(folded))
}

function isNameShaped(text: string): boolean {
  const words = text.split(/\s+/u)
  return (
    words.length >= 2 &&
    words.length <= MAX_PERSON_WORDS &&
    words.every((word) => /^\p{Lu}/u.test(word) || /^(?:de|da|di|del|van|von|bin|al)$/u.test(word))
  )
}

// "Tribuna del Sur", "«Мировое обозрение»"; not a section label ("Kategorie: Energie") nor one common word
// ("Opinion", "Accueil").
function looksLikeOutlet(text: string): boolean {
  if (wordCount(text) > MAX_NAME_WORDS || !/^[\p{Lu}«"“]/u.test(text) || text.includes(':'))
    return false
  return wordCount(text) > 1 || !isCommonWord(text)
}

function isCommonWord(text: string): boolean {
  return !/\s/u.test(text) && isCommonFolded(foldWord(text))
}

function isCommonFolded(folded: string): boolean {
  return Object.values(nameLexicon().commonWords).some((words) => words.has(folded))
}

// "14 de junio de 2024", "9 août 2025 à 10h12": the date and nothing but small words and figures around it.
function isDateOnly(text: string, date: ParsedDate): boolean {
  if (!text.includes(date.text)) return false
  const rest = text.replace(date.text, ' ')
  return rest.split(/\s+/u).every((word) => !word || /^(?:[\p{Ll}]{1,3}\.?|[\d:.h]+)$/u.test(word))
}

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length
}

/** The payload without the line's date and the small word before it ("le", "on", "am"). */
export function withoutDate(payload: string, date: ParsedDate | null): string {
  if (!date || !payload.includes(date.text)) return payload
  return payload
    .replace(date.text, '')
    .replace(/\s+(?:du|le|on|am|del|el|il|de)\s*$/iu, '')
    .replace(/\s+(?:du|le|on|am|del|el|il|de)\s*([,.;]|$)/iu, '$1')
    .trim()
}
