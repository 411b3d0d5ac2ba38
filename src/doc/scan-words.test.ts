import { expect, test } from 'vitest'
import { randomStrings } from '../../test/support/random-strings.ts'
import { findWordEnd, findWordStart } from './scan-words.ts'

// The pattern the scanner replaces: its matches are the reference.
const WORD =
  /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-‐.'’][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,  ]\p{N}{3})*(?:[.,]\p{N}+)?/gu

function byRegex(text: string): string[] {
  return [...text.matchAll(WORD)].map((match) => `${match.index}:${match[0]}`)
}

function byScanner(text: string): string[] {
  const words: string[] = []
  for (let start = findWordStart(text, 0); start !== -1; ) {
    const end = findWordEnd(text, start)
    words.push(`${start}:${text.slice(start, end)}`)
    start = findWordStart(text, end)
  }
  return words
}

test.each([
  ["l’OTAN a dit qu'il partirait.", 'elision and apostrophes'],
  ['U.S. officials, J.-C. Juncker and Kazakhstan.Voici', 'inner dots and hyphens'],
  ['3 000 troops, 1,200.5 km, 12.345.678 and 1,2345', 'digit groups and decimals'],
  ['Путин-2024 ½ ² Ⅻ ٣٤٥', 'Cyrillic, fractions, superscripts, Roman and Arabic-Indic numerals'],
  ['e\u0301te\u0301 \u0301accent', 'combining marks, also opening a word'],
  ['𝐀𝐁 𝟏𝟐𝟑,𝟒𝟓𝟔 😀x \ud800a \udc00b', 'surrogate pairs, emoji and lone surrogates'],
  ['end-', 'a joiner at the end of the text'],
])('matches the word pattern: %s (%s)', (text) => {
  expect(byScanner(text)).toEqual(byRegex(text))
})

test('matches the word pattern on random strings of tricky characters', () => {
  const alphabet = [
    ...['a', 'Z', 'é', 'ж', '\u0301', '1', '٣', '²', '½', 'Ⅻ', '𝐀', '𝟏', '😀'],
    ...['.', ',', ' ', '-', '‐', "'", '’', '\u00a0', '\n', '_', '–', '\ud800', '\udc00'],
  ]
  for (const text of randomStrings(alphabet, 20_000, 12))
    expect(byScanner(text), JSON.stringify(text)).toEqual(byRegex(text))
})
