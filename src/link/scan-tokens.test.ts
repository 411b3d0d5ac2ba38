import { readdirSync, readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { randomStrings } from '../../test/support/random-strings.ts'
import { seededRandom } from '../learn/seeded-random.ts'
import { scanTokens } from './scan-tokens.ts'

// The pattern the scanner replaces: its matches, from a starting offset, are the reference.
const TOKEN =
  /https?:\/\/[^\s<>"«»“”]+|(?<!\d)\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?!\d)|\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu

function byRegex(text: string, from = 0, to = text.length): string[] {
  const pattern = new RegExp(TOKEN)
  pattern.lastIndex = from
  const found: string[] = []
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match.index >= to) break
    found.push(`${match.index}:${match[0]}`)
  }
  return found
}

function byScanner(text: string, from?: number, to?: number): string[] {
  return scanTokens(text, from, to).map((token) => `${token.start}:${token.text}`)
}

test.each([
  ['See https://www.example.org/a?b=1 and http://x.y/«z» or https:// alone, hxxp://no.', 'URLs'],
  ['On 11/03/25, 13.03.2025, 1/2/3, 123/4/2024, 1.2.345 and 01/02/20255.', 'numeric dates'],
  ['3 000 troops, 1,200.5 km, 12.345.678, 1,2345, 1,234,5678 and 1 234 567 8', 'digit groups'],
  ['10\u00a0000 and 10\u202f000, 5,5 and 7.', 'no-break spaces and decimals'],
  ["l’OTAN, aujourd'hui, Jean-Marie-, e\u0301te\u0301, Путин, 𝐀𝐁 😀x", 'words'],
])('matches the token pattern: %s (%s)', (text) => {
  expect(byScanner(text)).toEqual(byRegex(text))
})

test('matches the token pattern on random strings of tricky characters', () => {
  const alphabet = [
    ...['h', 't', 'p', 's', ':', '/', 'http', 'https://', 'a', 'é', 'ж', '\u0301', '𝐀', '😀'],
    ...['0', '1', '2', '12', '345', '2025', '٣', '.', ',', ' ', '\u00a0', '\u202f', '\n'],
    ...['-', '‐', "'", '’', '<', '"', '«', '”', '\u2028', '\u3000', '\u1680', '\ufeff', '\u0085'],
    ...['\ud800', '\udc00', '\t', '\u000b', '\u001c'],
  ]
  // The offsets are drawn apart from the strings, with their own seed.
  const random = seededRandom(7)
  for (const text of randomStrings(alphabet, 30_000, 14)) {
    const from = Math.floor(random() * text.length)
    const to = from + Math.floor(random() * (text.length - from + 1))
    expect(byScanner(text), JSON.stringify(text)).toEqual(byRegex(text))
    expect(byScanner(text, from, to), `${JSON.stringify(text)} ${from}-${to}`).toEqual(
      byRegex(text, from, to),
    )
  }
})

test('matches the token pattern on the example articles', () => {
  const examples = new URL('../../examples/', import.meta.url)
  for (const name of readdirSync(examples)) {
    const text = readFileSync(new URL(name, examples), 'utf8')
    expect(byScanner(text), name).toEqual(byRegex(text))
  }
})

test('tells URLs, numeric dates, numbers and words apart', () => {
  const kinds = scanTokens('Read https://a.org on 11/03/25: 3 000 or 12 men.').map(
    (token) => `${token.kind}:${token.text}`,
  )
  expect(kinds).toEqual([
    'word:Read',
    'url:https://a.org',
    'word:on',
    'numeric-date:11/03/25',
    'number:3 000',
    'word:or',
    'number:12',
    'word:men',
  ])
})
