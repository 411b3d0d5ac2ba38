import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { extractText } from './extract-text.ts'

describe('extractText', () => {
  test.each([
    ['CRLF and lone CR become LF', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
    ['a byte order mark is dropped', '\uFEFFHello', 'Hello'],
    ['trailing spaces and tabs go, leading ones stay', 'a  \t\n  b ', 'a\n  b'],
    ['3+ blank lines collapse to one blank line', 'a\n\n\n\n\nb', 'a\n\nb'],
    ['lines of spaces count as blank', 'a\n   \n \t \n\nb', 'a\n\nb'],
    ['leading and trailing blank lines go', '\n\n  a\n\n', 'a'],
    ['quotes and inner spacing are kept', '„Ja“,  sagte sie — "ok"', '„Ja“,  sagte sie — "ok"'],
  ])('%s', (_case, raw, text) => {
    expect(extractText(raw).text).toBe(text)
  })

  test.each([
    [
      'a short first line set off by a blank line',
      'Ferry fares rise\n\nThe fares rose.',
      'Ferry fares rise',
    ],
    ['a question is fine', 'Who pays for the bridge?\n\nNobody knows.', 'Who pays for the bridge?'],
    ['a final period makes it a sentence', 'The fares rose.\n\nThey rose again.', null],
    ['no blank line after it', 'Ferry fares rise\nThe fares rose.', null],
    ['a single paragraph', 'Only one line', null],
    ['over 200 characters', `${'x'.repeat(201)}\n\nBody.`, null],
    ['exactly 200 characters', `${'x'.repeat(200)}\n\nBody.`, 'x'.repeat(200)],
    [
      'the line after a credit line',
      'Article original datant du 11/03/25\n\nKarvénie : la colère\n\nLe texte.',
      'Karvénie : la colère',
    ],
    [
      'the line after two credit lines',
      'Source : https://example.org\n\nTraduction : Le Relais\n\nMiraz sous couvre-feu\n\nLe texte.',
      'Miraz sous couvre-feu',
    ],
    ['a credit line with nothing after it', 'Translated by Ana Ruiz\n\nThe fares rose.', null],
    [
      'a headline that starts with a one-word cue',
      'Über die Grenze\n\nDer Text.',
      'Über die Grenze',
    ],
    ['"via" starting a name', 'Via Appia reopens\n\nThe road reopened.', 'Via Appia reopens'],
  ])('title: %s', (_case, raw, title) => {
    expect(extractText(raw).title).toBe(title)
  })

  test('the title line stays inside the text', () => {
    const { title, text } = extractText('Ferry fares rise\r\n\r\nThe fares rose.\r\n')
    expect(title).toBe('Ferry fares rise')
    expect(text).toBe('Ferry fares rise\n\nThe fares rose.')
    expect(text.startsWith(title ?? '')).toBe(true)
  })

  // The timeout bounds catastrophic backtracking (minutes when quadratic); speed is measured in bench/.
  test('a long run of spaces ends, the words around it kept', { timeout: 60_000 }, () => {
    const { text } = extractText(`a${' '.repeat(200_000)}b\n`)
    expect(text.startsWith('a')).toBe(true)
    expect(text.endsWith('b')).toBe(true)
  })

  test('property: never throws; no CR, no 3+ newlines, trimmed, idempotent', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(fc.constantFrom('a', ' ', '\t', '\n', '\r', '\r\n', '\uFEFF', '.', 'Ü'), {
          maxLength: 80,
        })
        .map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(anyText, (raw) => {
        const { title, text } = extractText(raw)
        expect(text).not.toContain('\r')
        expect(text).not.toContain('\n\n\n')
        expect(text).toBe(text.trim())
        expect(extractText(text).text).toBe(text)
        if (title !== null) expect(text.startsWith(title)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
