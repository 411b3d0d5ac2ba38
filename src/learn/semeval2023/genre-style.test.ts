import { describe, expect, test } from 'vitest'
import { GENRE_STYLE_FEATURES, genreStyle } from './genre-style.ts'
import type { ArticleInput } from './scan-article.ts'

function article(lines: readonly string[], lang: string | null): ArticleInput {
  const text = lines.join('\n')
  const paragraphs: { start: number; end: number }[] = []
  let start = 0
  for (const line of lines) {
    paragraphs.push({ start, end: start + line.length })
    start += line.length + 1
  }
  return { text, paragraphs, sentences: paragraphs, lang }
}

const value = (values: Float32Array, name: string) => values[GENRE_STYLE_FEATURES.indexOf(name)]

describe('genre style of an article', () => {
  test('a French wire report attributes, quotes and opens with a dateline', () => {
    const values = genreStyle(
      article(
        [
          'Le ministre annonce un plan',
          'PARIS – Le ministre a annoncé mardi un plan de 3 milliards, selon un communiqué.',
          '« Nous agirons vite », a-t-il déclaré.',
        ],
        'fr',
      ),
    )
    expect(values).toHaveLength(GENRE_STYLE_FEATURES.length)
    expect(value(values, 'dateline')).toBe(1)
    expect(value(values, 'rate:attribution')).toBeGreaterThan(0.5)
    expect(value(values, 'rate:firstSingular')).toBe(0)
    expect(value(values, 'quotesPerSentence')).toBeCloseTo(1 / 3)
    expect(value(values, 'numbersPerWord')).toBeGreaterThan(0)
  })

  test('an opinion piece says "I" and "you", asks and exclaims; no dateline in a title', () => {
    const values = genreStyle(
      article(
        [
          'PARIS – POURQUOI JE ME TAIS',
          "J'en ai assez. Et vous, qu'en pensez-vous ?",
          'Réveillez-vous !',
        ],
        'fr',
      ),
    )
    expect(value(values, 'dateline')).toBe(0)
    expect(value(values, 'rate:firstSingular')).toBeGreaterThan(0.5)
    expect(value(values, 'rate:second')).toBeGreaterThan(0.5)
    expect(value(values, 'questionSentences')).toBeCloseTo(1 / 3)
    expect(value(values, 'exclamationSentences')).toBeCloseTo(1 / 3)
    for (const item of values) expect(item).toBeGreaterThanOrEqual(0)
    for (const item of values) expect(item).toBeLessThanOrEqual(1)
  })

  test('a language without cue lists still gets its surface features', () => {
    const values = genreStyle(article(['Título', 'Él dijo: "hola"?'], 'es'))
    expect(value(values, 'rate:firstSingular')).toBe(0)
    expect(value(values, 'questionSentences')).toBe(0.5)
  })
})
