// Per-code-unit tables for the single-pass feature scanner: folding and character classes are looked up, not
// computed, because the scanner visits every character of every document.

/** The unit is part of a word: a letter, mark or digit. */
export const WORD_CHAR = 1
/** An upper-case letter (it folds to something else). */
export const UPPER_CHAR = 2
/** White space. */
export const SPACE_CHAR = 4
/** A digit of any script. */
export const DIGIT_CHAR = 8

const UNITS = 0x10000
const WORD = /[\p{L}\p{M}\p{N}]/u
const UPPER = /\p{Lu}/u
const SPACE = /\s/u
const DIGIT = /\p{N}/u

/** Folded form of every UTF-16 code unit: lower case, and Russian ё as е (texts use both spellings). */
export const FOLD = new Uint16Array(UNITS)
/** Class flags of every UTF-16 code unit (WORD_CHAR, UPPER_CHAR, SPACE_CHAR, DIGIT_CHAR). */
export const CHAR_CLASS = new Uint8Array(UNITS)

for (let unit = 0; unit < UNITS; unit++) {
  const char = String.fromCharCode(unit)
  const lower = char.toLowerCase()
  FOLD[unit] = lower.length === 1 ? lower.charCodeAt(0) : unit
  // Surrogates are never word characters here: astral letters are too rare in news to pay for pairing.
  if (unit >= 0xd800 && unit <= 0xdfff) continue
  let flags = 0
  if (WORD.test(char)) flags |= WORD_CHAR
  if (UPPER.test(char)) flags |= UPPER_CHAR
  if (SPACE.test(char)) flags |= SPACE_CHAR
  if (DIGIT.test(char)) flags |= DIGIT_CHAR
  CHAR_CLASS[unit] = flags
}
FOLD[0x451] = 0x435
FOLD[0x401] = 0x435

/** Folds a string unit by unit, as the scanner sees it. */
export function foldText(text: string): string {
  let folded = ''
  for (let index = 0; index < text.length; index++)
    folded += String.fromCharCode(FOLD[text.charCodeAt(index)]!)
  return folded
}

/** Style bits of punctuation units (see STYLE_FLAGS in scan-style.ts). */
export const PUNCTUATION_STYLE = new Uint8Array(UNITS)
/** A question mark. */
export const QUESTION_BIT = 1
/** An exclamation mark. */
export const EXCLAMATION_BIT = 2
/** A quotation mark of any language. */
export const QUOTE_BIT = 4
/** A percent sign. */
export const PERCENT_BIT = 8
/** An ellipsis (the character, or three dots, see the scanner). */
export const ELLIPSIS_BIT = 16
/** A parenthesis or bracket. */
export const PARENTHESIS_BIT = 32
/** A colon. */
export const COLON_BIT = 64

for (const char of '?¿') PUNCTUATION_STYLE[char.charCodeAt(0)] = QUESTION_BIT
for (const char of '!¡') PUNCTUATION_STYLE[char.charCodeAt(0)] = EXCLAMATION_BIT
for (const char of '"«»“”„‘’‚‹›') PUNCTUATION_STYLE[char.charCodeAt(0)] = QUOTE_BIT
PUNCTUATION_STYLE['%'.charCodeAt(0)] = PERCENT_BIT
PUNCTUATION_STYLE['…'.charCodeAt(0)] = ELLIPSIS_BIT
for (const char of '()[]') PUNCTUATION_STYLE[char.charCodeAt(0)] = PARENTHESIS_BIT
PUNCTUATION_STYLE[':'.charCodeAt(0)] = COLON_BIT
