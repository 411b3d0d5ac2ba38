import { expect, test } from 'vitest'
import { tagsToSpans } from './tags-to-spans.ts'

test.each([
  ['B then I', ['B-PER', 'I-PER', 'O'], [[0, 1, 'PER']]],
  [
    'B after B of the same type opens a new entity',
    ['B-LOC', 'B-LOC'],
    [
      [0, 0, 'LOC'],
      [1, 1, 'LOC'],
    ],
  ],
  ['I after O opens an entity (conlleval)', ['O', 'I-ORG', 'I-ORG'], [[1, 2, 'ORG']]],
  [
    'I of another type opens an entity',
    ['B-PER', 'I-ORG'],
    [
      [0, 0, 'PER'],
      [1, 1, 'ORG'],
    ],
  ],
  ['an entity running to the end', ['O', 'B-MISC', 'I-MISC'], [[1, 2, 'MISC']]],
  ['no entity', ['O', 'O'], []],
] as const)('%s', (_, tags, expected) => {
  expect(tagsToSpans(tags).map((span) => [span.first, span.last, span.label])).toEqual(expected)
})
