import { describe, expect, test } from 'vitest'
import { readConll } from './read-conll.ts'

describe('readConll', () => {
  test('reads the WikiNEuRal layout: index, token, tag; blank lines between sentences', () => {
    const content = '0\tLe\tO\n1\tKremlin\tB-ORG\n\n0\tà\tO\n1\tNew\tB-LOC\n2\tYork\tI-LOC\n'
    expect(readConll(content)).toEqual([
      { tokens: ['Le', 'Kremlin'], tags: ['O', 'B-ORG'] },
      { tokens: ['à', 'New', 'York'], tags: ['O', 'B-LOC', 'I-LOC'] },
    ])
  })

  test.each([
    ['token and tag separated by a space (Europeana)', 'Paris I-LOC\nest O\n', ['Paris', 'est']],
    [
      'CoNLL-2003 with POS and chunk columns',
      'EU NNP B-NP B-ORG\nrejects VBZ B-VP O\n',
      ['EU', 'rejects'],
    ],
    ['comments and -DOCSTART- skipped', '# sent_id = 1\n-DOCSTART- O\n\nOTAN B-ORG\n', ['OTAN']],
    ['Windows line endings', '0\tParis\tB-LOC\r\n1\t.\tO\r\n', ['Paris', '.']],
  ])('%s', (_, content, tokens) => {
    expect(readConll(content).flatMap((sentence) => sentence.tokens)).toEqual(tokens)
  })

  test('tags that are not B-X or I-X read as O', () => {
    expect(readConll('0\tx\t_\n1\ty\tB-PER\n')[0]?.tags).toEqual(['O', 'B-PER'])
  })
})
