import { expect, test } from 'vitest'
import { isCapitalized } from './tokenize.ts'

// The case-mapping test isCapitalized replaces: its answers are the reference.
function byCaseMapping(word: string): boolean {
  const first = word.charAt(0)
  if (first !== first.toLowerCase()) return first === first.toUpperCase() || /^\p{Lu}/u.test(word)
  return false
}

test('isCapitalized answers like case mapping for every BMP code unit opening a word', () => {
  for (let code = 0; code < 0x10000; code++) {
    const word = `${String.fromCharCode(code)}x`
    expect(isCapitalized(word), code.toString(16)).toBe(byCaseMapping(word))
  }
})

test.each([
  '',
  'Éric',
  'éric',
  'Путин',
  'путин',
  'ǅemal',
  'ǆ',
  'Ⅻ',
  '𝐀bc',
  '😀',
  'İstanbul',
  '\ud800',
])('isCapitalized(%j) answers like case mapping', (word) => {
  expect(isCapitalized(word)).toBe(byCaseMapping(word))
})
