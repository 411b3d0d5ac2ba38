import { expect, test } from 'vitest'
import { tokenize } from '../../doc/tokenize.ts'
import { buildSequence } from './build-sequence.ts'
import { compileTagger, findWeights } from './compiled-tagger.ts'
import { seededRandom } from './seeded-random.ts'
import { tokenFeatures } from './sequence-features.ts'
import { tagTokens } from './tag-tokens.ts'
import { wordFeatures } from './word-features.ts'

// The tagger sums cached per-word vectors and cached gap vectors instead of looking up every feature: it must
// give the same emission scores as the plain feature list that training uses.
test('cached emission scores equal the sum of the training features’ weights', () => {
  const text = '« Selon Jean-Marc Dupont, l’OTAN (Bruxelles) a tort », dit-il. Puis : rien.'
  const tokens = tokenize(text)
  const lexicon = new Map([['otan', ['alias-ORG']]])
  const sequence = buildSequence(text, tokens, 0, tokens.length, text.length, (word) =>
    wordFeatures(word, lexicon),
  )
  const hashes = new Set<number>()
  const perToken = tokens.map((_, index) => {
    const out: number[] = []
    tokenFeatures(sequence, index, out)
    for (const hash of out) hashes.add(hash)
    return out
  })
  const tagCount = 5
  const random = seededRandom(3)
  // Every other feature gets weights; the rest stay unknown to the tagger, as unseen features are.
  const features = Uint32Array.from([...hashes].filter((_, index) => index % 2 === 0))
  const tagger = compileTagger({
    lang: 'fr',
    tags: ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG'],
    features,
    bytes: Int8Array.from({ length: features.length * tagCount }, () =>
      Math.round(random() * 200 - 100),
    ),
    weightStep: 0.01,
    transitions: new Float32Array(6 * tagCount),
    temperature: 1,
    lexicon,
  })
  const { emissions } = tagTokens(tagger, text, tokens, 0, tokens.length, text.length)
  perToken.forEach((hashesOfToken, index) => {
    for (let tag = 0; tag < tagCount; tag++) {
      let expected = 0
      for (const hash of hashesOfToken) {
        const from = findWeights(tagger, hash)
        if (from >= 0) expected += tagger.values[from + tag]! * tagger.weightStep
      }
      expect(emissions[index * tagCount + tag]).toBeCloseTo(expected, 4)
    }
  })
})
