import { expect, test } from 'vitest'
import { clusterStories } from './cluster-stories.ts'
import type { PairScore } from './score-pair.ts'

function link(a: number, b: number, score: number): PairScore {
  return {
    a,
    b,
    kind: 'translation',
    score,
    method: 'anchors',
    shorter: a,
    coverageOfLonger: 1,
    measures: {},
    shared: [],
  }
}

// Two stories of three versions each, every pair linked inside each story.
const STORY_LINKS = [link(0, 1, 0.9), link(0, 2, 0.8), link(1, 2, 0.8)].concat([
  link(3, 4, 0.9),
  link(3, 5, 0.8),
  link(4, 5, 0.8),
])

test('issue #5: one false link between two stories does not chain them', () => {
  const { stories, rejected } = clusterStories([...STORY_LINKS, link(2, 3, 0.6)], 6)
  expect(stories).toEqual([
    [0, 1, 2],
    [3, 4, 5],
  ])
  expect(rejected.map(({ a, b }) => [a, b])).toEqual([[2, 3]])
})

test('two groups merge when half of the smaller one links into the larger', () => {
  const { stories } = clusterStories(
    [...STORY_LINKS, link(2, 3, 0.7), link(1, 4, 0.7), link(0, 5, 0.6)],
    6,
  )
  expect(stories).toEqual([[0, 1, 2, 3, 4, 5]])
})

test('a newcomer joins a story when it links to a third of its members, not to one of six', () => {
  // Six versions of one piece, each linked to every other.
  const six = [0, 1, 2, 3, 4, 5].flatMap((a) =>
    [0, 1, 2, 3, 4, 5].filter((b) => b > a).map((b) => link(a, b, 0.9)),
  )
  expect(clusterStories([...six, link(6, 0, 0.9)], 7).stories).toEqual([[0, 1, 2, 3, 4, 5]])
  expect(clusterStories([...six, link(6, 0, 0.9), link(6, 3, 0.6)], 7).stories).toEqual([
    [0, 1, 2, 3, 4, 5, 6],
  ])
})
