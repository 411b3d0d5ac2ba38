import { expect, test } from 'vitest'
import { alignAnchors } from './align-anchors.ts'
import type { Anchor } from './anchor.ts'

const anchors = (keys: string) =>
  keys
    .split(' ')
    .map((key, start): Anchor => ({ kind: 'figure', key, text: key, paragraph: 0, start }))
const one = () => 1

test.each([
  ['identical sequences align fully', 'a b c d', 'a b c d', 4],
  ['order matters: a swap loses one', 'a b c d', 'a c b d', 3],
  ['insertions and losses are skipped', 'a x b c y d', 'a b z c d', 4],
  ['nothing shared', 'a b', 'c d', 0],
  ['a repeated anchor is used once per side', 'a a b', 'a b', 2],
])('%s', (_, a, b, expected) => {
  const alignment = alignAnchors(anchors(a), anchors(b), one, one)
  expect(alignment.weight).toBe(expected)
  expect(alignment.pairs).toHaveLength(expected)
})

test('the heaviest order wins over the longest', () => {
  const a = anchors('x y z')
  const b = anchors('y z x')
  const heavyX = (anchors: Anchor[]) => (index: number) => (anchors[index]!.key === 'x' ? 5 : 1)
  const alignment = alignAnchors(a, b, heavyX(a), heavyX(b))
  expect(alignment.pairs).toEqual([[0, 2]])
})
