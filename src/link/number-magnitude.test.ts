import { describe, expect, test } from 'vitest'
import { isMagnitude, magnitudeOf, numberWordValue } from './number-magnitude.ts'

describe('number magnitudes', () => {
  test('magnitude words and number words come from the language data, accents and case folded', () => {
    expect(magnitudeOf('Milliarden', 'de')).toBe(9)
    expect(magnitudeOf('millones', 'es')).toBe(6)
    expect(magnitudeOf('млрд', 'ru')).toBe(9)
    // "billion" is a thousand times more in French, which writes "milliard": it is not read as one there.
    expect(isMagnitude('billion', 'fr')).toBe(false)
    expect(magnitudeOf('billion', 'en')).toBe(9)
    expect(numberWordValue('d’un', 'fr')).toBe(1)
    expect(numberWordValue('Eine', 'de')).toBe(1)
    expect(numberWordValue('maison', 'fr')).toBeUndefined()
  })

  test('a language without data is read with every language’s words', () => {
    expect(magnitudeOf('millions', 'pl')).toBe(6)
    expect(magnitudeOf('Millionen', null)).toBe(6)
    expect(numberWordValue('due', null)).toBe(2)
  })
})
