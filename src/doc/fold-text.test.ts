import { readdirSync, readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { randomStrings } from '../../test/support/random-strings.ts'
import { foldText } from './fold-text.ts'

// The regex chain foldText replaces: its output is the reference.
function byRegexes(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/gu, "'")
    .replace(/[‐‑–—]/gu, '-')
    .toLowerCase()
}

test.each([
  ['Plain ASCII, with a `backtick` and CAPITALS'],
  ['Été à Pārīz, l’OTAN — et ‘quotes’ ‐ ‑ – dashes'],
  ['ﬁ ligature, ² superscript, Ⅻ numeral, ＡＢ full width, ǅ titlecase'],
  ['Ελληνικά ΟΔΟΣ, İstanbul, Straße, Путин, العربية'],
  ['𝐀𝐁 𝅘𝅥𝅮 \u{1d165}combining astral, 😀 emoji, lone \ud800 and \udc00 surrogates'],
])('folds like the regex chain: %s', (text) => {
  expect(foldText(text)).toBe(byRegexes(text))
})

test('folds like the regex chain on random strings of tricky characters', () => {
  const alphabet = [
    ...[
      'a',
      'Z',
      '`',
      "'",
      '’',
      '‘',
      '‐',
      '‑',
      '–',
      '—',
      '-',
      'é',
      'É',
      'e\u0301',
      '\u0301',
      '\u0308',
    ],
    ...['ﬁ', '²', 'Σ', 'ς', 'İ', 'ß', 'Ж', '\u{1d165}', '𝐀', '😀', '\ud800', '\udc00', ' ', '.'],
    ...['ǅ', 'Ⅻ', 'ｶ', '\u3099', 'ﾞ', 'Å', '\u212b'],
  ]
  for (const text of randomStrings(alphabet, 30_000, 12))
    expect(foldText(text), JSON.stringify(text)).toBe(byRegexes(text))
})

test('folds the example articles like the regex chain, line by line', () => {
  const examples = new URL('../../examples/', import.meta.url)
  for (const name of readdirSync(examples)) {
    for (const line of readFileSync(new URL(name, examples), 'utf8').split('\n'))
      expect(foldText(line), name).toBe(byRegexes(line))
  }
})
