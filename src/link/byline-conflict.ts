import type { DocumentFacts } from './document-facts.ts'
import type { Fingerprint } from './fingerprint-document.ts'
import { type NameKey, nameKey } from './name-key.ts'

// Transliteration moves a name's first consonant class or drops it (Whitcombe FTKMP, Уиткомб ATKMP; Halloran
// LRN, Халлоран KLRN): skeletons one edit apart may be one person; two are different people.
const MIN_EDITS_APART = 2

// A signature is a person's name: two to four capitalised words ("Igor Vetrov", "Дэниел Уиткомб"), not a
// staff credit ("la rédaction avec agences", "Steppe Monitor staff").
const PERSON_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|di|del|van|von|bin|al)){1,3}$/u

/**
 * True when two documents are signed by different people and neither text names the other's author: two
 * columns on the same facts in the same order (Igor Vetrov's and Daniel Whitcombe's pieces on one week of the
 * Boreas inquiry) are not versions of one piece, however well their figures and names align. A translation
 * that credits the original's author in its text ("la traduction d'un article de Daniel Whitcombe") keeps its
 * link.
 */
export function bylinesConflict(
  a: Fingerprint,
  b: Fingerprint,
  factsA: DocumentFacts,
  factsB: DocumentFacts,
): boolean {
  const keyA = surnameKey(factsA.author, a.lang)
  const keyB = surnameKey(factsB.author, b.lang)
  if (!keyA || !keyB || isSamePerson(keyA.skeleton, keyB.skeleton)) return false
  return !names(b, keyA) && !names(a, keyB)
}

function surnameKey(author: string | null, lang: string | null) {
  if (!author || !PERSON_NAME.test(author.trim())) return null
  const surname = author.trim().split(/\s+/u).at(-1) ?? ''
  return nameKey(surname, lang)
}

// The text holds the name somewhere (a name anchor with the same skeleton).
function names(fingerprint: Fingerprint, key: NameKey): boolean {
  return fingerprint.anchors.some(
    (anchor) =>
      anchor.kind === 'name' &&
      anchor.skeleton !== undefined &&
      isSamePerson(anchor.skeleton, key.skeleton),
  )
}

function isSamePerson(a: string, b: string): boolean {
  return editDistance(a, b) < MIN_EDITS_APART
}

// Levenshtein distance of two short skeletons (at most six classes).
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    previous = current
  }
  return previous[b.length]!
}
