/**
 * Words that are correct when written twice in a row, folded (lower case, no accents), by language.
 * A stutter made of one of them is never reported, whatever the document's language: a French article
 * may quote English, and none of these doubles is a slip in another language either.
 */
export const LEGITIMATE_DOUBLES: Readonly<Record<string, readonly string[]>> = {
  // Reflexive verbs with a plural subject ("nous nous sommes trompés", "vous vous souvenez"),
  // emphatic answers in quoted speech ("si si", "non non", "très très") and onomatopoeia ("bla bla").
  fr: ['nous', 'vous', 'si', 'non', 'oui', 'tres', 'bla', 'ha'],
  // "He said that that was wrong", "they had had enough", "what it is is…", emphatic answers, "bye bye".
  en: ['that', 'had', 'is', 'no', 'yes', 'very', 'so', 'bye', 'blah', 'ha'],
  // An article or pronoun followed by the same relative pronoun ("die Partei, die die Wahl gewann").
  de: ['die', 'der', 'das', 'sie'],
  // Reduplicated place and person names, written as two words ("Bora Bora", "Sirhan Sirhan").
  names: ['bora', 'pago', 'walla', 'wagga', 'sirhan'],
}

// Repeated numbers are data, not slips: "24/24", "7j/7", scores ("1-1") and table cells ("0 0 0").
const NUMBER = /^\p{N}/u

const DOUBLES = new Set(Object.values(LEGITIMATE_DOUBLES).flat())

/** True when writing these folded words twice in a row is correct (a listed double, or numbers only). */
export function isLegitimateDouble(foldedWords: readonly string[]): boolean {
  if (foldedWords.every((word) => NUMBER.test(word))) return true
  return DOUBLES.has(foldedWords.join(' '))
}
