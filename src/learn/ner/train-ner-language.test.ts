import { describe, expect, test } from 'vitest'
import { tokenize } from '../../doc/tokenize.ts'
import { unpackModel } from './pack-model.ts'
import { syntheticConll } from './synthetic-conll.ts'
import { tagDocument } from './tag-document.ts'
import { trainNerLanguage } from './train-ner-language.ts'

const OPTIONS = { testPercent: 20, developmentPercent: 20, maxEpochs: 4, seed: 1, minWeight: 0.1 }
const corpus = syntheticConll(240, 42)

describe('trainNerLanguage on a toy corpus the test builds', () => {
  const run = trainNerLanguage(corpus, 'fr', OPTIONS)

  test('splits by sentence hash and scores the held-out sentences in both token views', () => {
    expect(run.sentences.training + run.sentences.development + run.sentences.test).toBe(240)
    expect(run.sentences.test).toBeGreaterThan(20)
    expect(run.test?.conll.overall.f1).toBeGreaterThan(0.9)
    expect(run.test?.tokenizer.overall.f1).toBeGreaterThan(0.9)
    expect(Object.keys(run.test?.conll.byLabel ?? {})).toEqual(['LOC', 'ORG', 'PER'])
  })

  test('chooses epochs and a temperature on the development sentences', () => {
    expect(run.model.epochs).toBeGreaterThanOrEqual(1)
    expect(run.model.epochs).toBeLessThanOrEqual(OPTIONS.maxEpochs)
    expect(run.model.temperature).toBeGreaterThan(0)
    expect(run.model.development?.conll.overall.f1).toBeGreaterThan(0.8)
  })

  test('the same data and seed give the same bytes', () => {
    const again = trainNerLanguage(corpus, 'fr', OPTIONS)
    expect(JSON.stringify(again.model.file)).toBe(JSON.stringify(run.model.file))
  })

  test('the packed file round-trips through JSON and tags unseen names in running text', () => {
    const tagger = unpackModel(JSON.parse(JSON.stringify(run.model.file)))
    const text =
      'Selon Olga Moreau, UNESCO prépare un rapport. Le porte-parole de l’ONU est à Bichkek.'
    const tokens = tokenize(text)
    const found = tagDocument(tagger, text, tokens).map((entity) => [
      text.slice(tokens[entity.first]!.start, tokens[entity.last]!.end),
      entity.label,
    ])
    expect(found).toEqual([
      ['Olga Moreau', 'PER'],
      ['UNESCO', 'ORG'],
      ['ONU', 'ORG'],
      ['Bichkek', 'LOC'],
    ])
  })
})
