/** Symbol table entry: this code unit has not been classified yet. */
export const UNCLASSIFIED = 0

/** Symbol of a word separator; every run of non-letters becomes one, as a space in the n-grams. */
export const SPACE_SYMBOL = 1

/** Symbol of a letter that appears in no n-gram of the model, so no n-gram containing it can match. */
export const UNKNOWN_LETTER = 2

/** First symbol given to a letter of the model's alphabet. */
export const FIRST_LETTER_SYMBOL = 3

/** Symbols fit in a byte, so a 4-gram packs exactly into 32 bits. */
export const SYMBOL_RADIX = 256

/** A letter or combining mark: the characters `normalizeForNgrams` keeps. */
const LETTER_OR_MARK = /[\p{L}\p{M}]/u

/**
 * Tells whether a code point is a letter or combining mark, exactly as `normalizeForNgrams` decides it.
 */
export function isLetterOrMark(codePoint: number): boolean {
  return LETTER_OR_MARK.test(String.fromCodePoint(codePoint))
}

/**
 * Packs a gram into one integer, its first character most significant, with the given symbol of each character.
 */
export function packGram(gram: string, symbolOf: (unit: number) => number): number {
  let key = 0
  for (let index = 0; index < gram.length; index++)
    key = key * SYMBOL_RADIX + symbolOf(gram.charCodeAt(index))
  return key
}
