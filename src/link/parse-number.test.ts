import { expect, test } from 'vitest'
import { parseNumber } from './parse-number.ts'

test.each([
  ['en', '3,000', '3000'],
  ['de', '3.000', '3000'],
  ['fr (narrow no-break space)', '3\u202f000', '3000'],
  ['fr (ordinary space)', '3 000', '3000'],
  ['thread', '3000', '3000'],
  ['en', '1,134', '1134'],
  ['en decimal', '2.5', '2.5'],
  ['fr decimal', '2,5', '2.5'],
  ['en, grouped with decimals', '312.4', '312.4'],
  ['de, millions', '1.200.000', '1200000'],
  ['trailing zeros', '14,50', '14.5'],
])('%s: "%s" is %s', (_, text, value) => {
  expect(parseNumber(text)).toBe(value)
})

test('text that is not a number gives null', () => {
  expect(parseNumber('3 000 km')).toBeNull()
})
