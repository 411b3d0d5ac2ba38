import { expect, test } from 'vitest'
import { tokenize } from '../../doc/tokenize.ts'
import { splitSequences } from './split-sequences.ts'

const text = 'Le Kremlin a parlé. M. Peskov a répondu ! Puis rien'

test('without sentence spans, cuts after sentence-final punctuation', () => {
  const tokens = tokenize(text)
  const words = splitSequences(text, tokens).map(({ first, end }) =>
    tokens
      .slice(first, end)
      .map((token) => token.text)
      .join(' '),
  )
  expect(words).toEqual(['Le Kremlin a parlé', 'M', 'Peskov a répondu', 'Puis rien'])
})

test('with sentence spans, follows them and ends each at its span', () => {
  const tokens = tokenize(text)
  const sentences = [
    { start: 0, end: 19 },
    { start: 20, end: 41 },
    { start: 42, end: text.length },
  ]
  const sequences = splitSequences(text, tokens, sentences)
  expect(sequences.map(({ first, end }) => end - first)).toEqual([4, 4, 2])
  expect(sequences.map(({ limit }) => limit)).toEqual([19, 41, text.length])
})
