/** Any run of characters that are neither letters nor combining marks (digits, punctuation, spaces, symbols). */
const NON_LETTER_RUN = /[^\p{L}\p{M}]+/gu

/**
 * Lowercases, NFC-normalises and reduces text to letters separated by single spaces, padded with one space each side.
 */
export function normalizeForNgrams(text: string): string {
  const letters = text.toLowerCase().normalize('NFC').replace(NON_LETTER_RUN, ' ').trim()
  return letters.length === 0 ? '' : ` ${letters} `
}
