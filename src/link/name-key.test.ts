import { describe, expect, test } from 'vitest'
import { nameKey, skeletonsMatch } from './name-key.ts'

describe('one key for a name in every language and script', () => {
  test.each([
    ['Karvenia', 'en', 'Karvénie', 'fr'],
    ['Karvenia', 'en', 'Karwenien', 'de'],
    ['Karvenia', 'en', 'Карвения', 'ru'],
    ['Temirov', 'en', 'Temirow', 'de'],
    ['Solntseva', 'en', 'Solnzewa', 'de'],
    ['Solntseva', 'en', 'Солнцевой', 'ru'],
    ['Borovia', 'en', 'Borowien', 'de'],
    ['Kazakhstan', 'en', 'Kasachstan', 'de'],
    ['Kazakhstan', 'en', 'Kazajistán', 'es'],
    ['Kazakhstan', 'en', 'Казахстан', 'ru'],
    ['Tokayev', 'en', 'Tokaïev', 'fr'],
    ['Tokayev', 'en', 'Tokajew', 'de'],
    ['Putin', 'en', 'Poutine', 'fr'],
    ['Moscow', 'en', 'Moscou', 'fr'],
  ])('%s (%s) and %s (%s)', (a, langA, b, langB) => {
    const keyA = nameKey(a, langA)!
    const keyB = nameKey(b, langB)!
    expect(keyA.key).toBe(keyB.key)
    expect(skeletonsMatch(keyA.skeleton, keyB.skeleton)).toBe(true)
  })
})

test('different names with the same first consonants do not confirm each other', () => {
  const karvenia = nameKey('Karvenia', 'en')!
  const carrefour = nameKey('Carrefour', 'fr')!
  expect(karvenia.key).toBe(carrefour.key)
  expect(skeletonsMatch(karvenia.skeleton, carrefour.skeleton)).toBe(false)
})

test('names with fewer than three consonant classes are too short to say', () => {
  expect(nameKey('Vera', 'en')).toBeNull()
})
