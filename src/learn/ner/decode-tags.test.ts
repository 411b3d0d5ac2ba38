import { expect, test } from 'vitest'
import { allowedTransitions, bioTags } from './bio-tags.ts'
import { decodeTags, tagMarginals } from './decode-tags.ts'
import { seededRandom } from './seeded-random.ts'

const tags = bioTags(['LOC', 'PER'])
const tagCount = tags.length
const allowed = allowedTransitions(tags)

function randomScores(length: number, seed: number) {
  const random = seededRandom(seed)
  const emissions = Float64Array.from({ length: length * tagCount }, () => random() * 4 - 2)
  const transitions = Float64Array.from(allowed, (isAllowed) =>
    isAllowed ? random() * 2 - 1 : Number.NEGATIVE_INFINITY,
  )
  return { emissions, transitions, length, tagCount }
}

// Every tag sequence with its score, by brute force: the reference for Viterbi and forward-backward.
function enumerate(scores: ReturnType<typeof randomScores>): { path: number[]; score: number }[] {
  const all: { path: number[]; score: number }[] = []
  const walk = (path: number[], score: number): void => {
    if (path.length === scores.length) {
      all.push({ path, score })
      return
    }
    const index = path.length
    const from = index === 0 ? -1 : path[index - 1]!
    for (let tag = 0; tag < tagCount; tag++) {
      const step =
        scores.transitions[(from + 1) * tagCount + tag]! + scores.emissions[index * tagCount + tag]!
      if (Number.isFinite(step)) walk([...path, tag], score + step)
    }
  }
  walk([], 0)
  return all
}

test.each([1, 2, 3, 4])('Viterbi finds the best of all BIO-valid paths (seed %i)', (seed) => {
  const scores = randomScores(4, seed)
  const path = new Int32Array(4)
  decodeTags(scores, path)
  const best = enumerate(scores).reduce((left, right) => (right.score > left.score ? right : left))
  expect([...path]).toEqual(best.path)
})

test('forward-backward marginals equal the brute-force posterior', () => {
  const scores = randomScores(3, 7)
  const temperature = 1.7
  const marginals = tagMarginals(scores, temperature)
  const paths = enumerate(scores)
  const total = paths.reduce((sum, { score }) => sum + Math.exp(score / temperature), 0)
  for (let index = 0; index < 3; index++)
    for (let tag = 0; tag < tagCount; tag++) {
      const mass = paths
        .filter(({ path }) => path[index] === tag)
        .reduce((sum, { score }) => sum + Math.exp(score / temperature), 0)
      expect(marginals[index * tagCount + tag]).toBeCloseTo(mass / total, 9)
    }
})

test('I-X never follows O or the sequence start', () => {
  expect(allowed[0 * tagCount + tags.indexOf('I-PER')]).toBe(0)
  expect(allowed[(tags.indexOf('O') + 1) * tagCount + tags.indexOf('I-PER')]).toBe(0)
  expect(allowed[(tags.indexOf('B-PER') + 1) * tagCount + tags.indexOf('I-PER')]).toBe(1)
  expect(allowed[(tags.indexOf('B-LOC') + 1) * tagCount + tags.indexOf('I-PER')]).toBe(0)
})
