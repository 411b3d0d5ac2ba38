import { describe, expect, test } from 'vitest'
import { documentHeading } from './document-heading.ts'

const span = (text: string, start: number, end: number) => ({
  start,
  end,
  text: text.slice(start, end),
})

describe('document headings', () => {
  test('a title heads its document', () => {
    expect(documentHeading({ id: 'a', title: ' Le titre ', text: 'Corps.' })).toEqual({
      text: 'Le titre',
      derived: false,
    })
  })

  test('without a title, the first sentence after a credit line, shortened', () => {
    const text =
      'Article original datant du 09/01/22\nLe commentateur a déclaré que la situation était beaucoup plus grave que ce que les médias laissent entendre. Il affirme en outre autre chose.'
    const heading = documentHeading({
      id: 'a',
      title: null,
      text,
      paragraphs: [span(text, 0, 35), span(text, 36, text.length)],
      provenance: [
        { role: 'original', evidence: span(text, 0, 35), from: 'text', confidence: 0.9 },
      ],
    })
    expect(heading.derived).toBe(true)
    expect(heading.text.startsWith('Le commentateur a déclaré')).toBe(true)
    expect(heading.text.endsWith('…')).toBe(true)
    expect(heading.text.length).toBeLessThanOrEqual(90)
  })

  test('a short first sentence is whole; an empty text falls back to the id', () => {
    expect(documentHeading({ id: 'a', title: null, text: 'Troops left. Then more.' }).text).toBe(
      'Troops left.',
    )
    expect(documentHeading({ id: 'doc-1', title: null, text: '' })).toEqual({
      text: 'doc-1',
      derived: false,
    })
  })

  test('control characters and lone surrogates are left out: a heading is stored in jsonb and shown', () => {
    expect(documentHeading({ id: 'a', title: null, text: 'Nul\u0000 here\ud800. Next.' })).toEqual({
      text: 'Nul here .',
      derived: true,
    })
    expect(documentHeading({ id: 'a', title: '\u0000', text: '\u0000\u0001' })).toEqual({
      text: 'a',
      derived: false,
    })
  })
})
