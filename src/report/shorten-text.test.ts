import { expect, test } from 'vitest'
import { shortenText } from './shorten-text.ts'

test.each([
  ['short text is kept, white space collapsed', ' a\n\n b ', 10, 'a b'],
  ['cuts at a word boundary', 'the quick brown fox jumps', 16, 'the quick brown…'],
  ['cuts mid-word when no space is near', 'abcdefghijklmnop', 8, 'abcdefg…'],
  ['never splits a surrogate pair', 'abcdef😀😀', 8, 'abcdef…'],
])('%s', (_case, text, maxChars, expected) => {
  expect(shortenText(text, maxChars)).toBe(expected)
})
