import { describe, expect, test } from 'vitest'
import { tokenize } from '../../doc/tokenize.ts'
import { hasNerModel, predictEntities } from './predict-entities.ts'

const TEXTS: Record<string, string> = {
  fr: 'Le président Emmanuel Macron a reçu jeudi à Paris le secrétaire général de l’OTAN. Selon l’Élysée, la rencontre a porté sur l’Ukraine et la Russie.',
  en: 'President Joe Biden met NATO Secretary General Jens Stoltenberg in Washington on Thursday. The talks covered Ukraine and Russia, the White House said.',
}

describe.each(Object.keys(TEXTS))('shipped %s model', (lang) => {
  const text = TEXTS[lang]!
  const tokens = tokenize(text)
  const entities = predictEntities(text, tokens, lang)
  const mentions = entities.map((entity) =>
    text.slice(tokens[entity.first]!.start, tokens[entity.last]!.end),
  )

  test('loads and returns token ranges inside the text, with documented labels and confidences', () => {
    expect(hasNerModel(lang)).toBe(true)
    expect(entities.length).toBeGreaterThan(3)
    for (const entity of entities) {
      expect(entity.first).toBeGreaterThanOrEqual(0)
      expect(entity.last).toBeGreaterThanOrEqual(entity.first)
      expect(entity.last).toBeLessThan(tokens.length)
      expect(['PER', 'ORG', 'LOC', 'MISC']).toContain(entity.label)
      expect(entity.confidence).toBeGreaterThan(0)
      expect(entity.confidence).toBeLessThanOrEqual(1)
    }
    expect(entities.map((entity) => entity.first)).toEqual(
      [...entities.map((entity) => entity.first)].sort((left, right) => left - right),
    )
  })

  test('finds the obvious names', () => {
    expect(mentions).toContain('Ukraine')
    expect(mentions.some((mention) => /Macron|Biden/u.test(mention))).toBe(true)
  })

  test('gives the same entities with the sentence spans given and with a regional language tag', () => {
    const cut = text.indexOf('. ') + 1
    const sentences = [
      { start: 0, end: cut },
      { start: cut + 1, end: text.length },
    ]
    expect(predictEntities(text, tokens, lang, sentences)).toEqual(entities)
    expect(predictEntities(text, tokens, `${lang}-XX`)).toEqual(entities)
  })
})

test('a language without a model gets no entities', () => {
  const text = 'Bundeskanzler Olaf Scholz besuchte Paris.'
  expect(hasNerModel('de')).toBe(false)
  expect(predictEntities(text, tokenize(text), 'de')).toEqual([])
})

test('empty input gives no entities', () => {
  expect(predictEntities('', [], 'fr')).toEqual([])
})
