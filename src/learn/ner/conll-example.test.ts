import { expect, test } from 'vitest'
import { conllExample, projectTags } from './conll-example.ts'

const sentence = {
  tokens: ['Le', 'chef', 'de', "l'", 'OTAN', ',', 'Jens', 'Stoltenberg', ',', 'à', 'Kyiv', '.'],
  tags: ['O', 'O', 'O', 'O', 'B-ORG', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'],
}

test('CoNLL view: word tokens only, punctuation left in the gaps, tags kept', () => {
  const example = conllExample(sentence, 'conll')
  expect(example.text).toBe("Le chef de l'OTAN, Jens Stoltenberg, à Kyiv.")
  expect(example.tokens.map((token) => token.text)).toEqual([
    'Le',
    'chef',
    'de',
    "l'",
    'OTAN',
    'Jens',
    'Stoltenberg',
    'à',
    'Kyiv',
  ])
  expect(example.tags).toEqual(['O', 'O', 'O', 'O', 'B-ORG', 'B-PER', 'I-PER', 'O', 'B-LOC'])
  expect(example.entities.map((entity) => example.text.slice(entity.start, entity.end))).toEqual([
    'OTAN',
    'Jens Stoltenberg',
    'Kyiv',
  ])
})

test('tokenizer view: our tokens on the rebuilt text, with tags projected from the gold spans', () => {
  const example = conllExample(sentence, 'tokenizer')
  expect(example.tokens.map((token) => token.text)).toContain('OTAN')
  expect(example.tags.filter((tag) => tag !== 'O')).toEqual(['B-ORG', 'B-PER', 'I-PER', 'B-LOC'])
})

test('a token starting inside an entity belongs to it', () => {
  const tokens = [
    { start: 0, end: 3, text: 'New', folded: 'new' },
    { start: 4, end: 8, text: 'York', folded: 'york' },
    { start: 9, end: 13, text: 'City', folded: 'city' },
  ]
  expect(projectTags(tokens, [{ start: 0, end: 8, label: 'LOC' }])).toEqual(['B-LOC', 'I-LOC', 'O'])
})
