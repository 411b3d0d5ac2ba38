import { GENRE_STYLE_FEATURES } from './genre-style.ts'
import { STYLE_FEATURES } from './style-features.ts'

// Paragraph style features averaged over the article: how often it asks, exclaims, quotes, counts, shouts.
const AVERAGED = [
  'question',
  'exclamation',
  'quote',
  'number',
  'percent',
  'capitalisedWord',
  'ellipsis',
  'parenthesis',
  'colon',
  'repeatedWords',
] as const
// Style of the title (the first paragraph) alone: headlines of opinion pieces ask and exclaim more.
const TITLE = ['question', 'exclamation', 'quote', 'colon'] as const
const PARAGRAPH_COUNT_BINS = [4, 8, 16, 32] as const

/** Names of the article-level style features, in vector order. */
export const ARTICLE_STYLE_FEATURES: readonly string[] = [
  ...AVERAGED.map((name) => `mean:${name}`),
  ...TITLE.map((name) => `title:${name}`),
  ...PARAGRAPH_COUNT_BINS.map((limit) => `paragraphsUnder${limit}`),
  'paragraphsOver32',
  'meanParagraphWordsLog',
  ...GENRE_STYLE_FEATURES,
]

/**
 * Article style from its paragraphs' style vectors and word counts (see STYLE_FEATURES), followed by the
 * article's genre style (see genreStyle).
 */
export function articleStyle(
  paragraphStyles: readonly Float32Array[],
  paragraphWordCounts: readonly number[],
  genre: Float32Array,
): Float32Array {
  const values = new Float32Array(ARTICLE_STYLE_FEATURES.length)
  const count = paragraphStyles.length
  if (count === 0) return values
  let index = 0
  for (const name of AVERAGED) {
    const column = STYLE_FEATURES.indexOf(name)
    let sum = 0
    for (const style of paragraphStyles) sum += style[column] ?? 0
    values[index++] = sum / count
  }
  for (const name of TITLE) values[index++] = paragraphStyles[0]![STYLE_FEATURES.indexOf(name)] ?? 0
  const bin = PARAGRAPH_COUNT_BINS.findIndex((limit) => count < limit)
  for (let candidate = 0; candidate <= PARAGRAPH_COUNT_BINS.length; candidate++)
    values[index++] = candidate === (bin === -1 ? PARAGRAPH_COUNT_BINS.length : bin) ? 1 : 0
  const words = paragraphWordCounts.reduce((sum, value) => sum + value, 0) / count
  // ln(1 + mean words) / 5 keeps the value near [0, 1] for paragraphs of up to a few hundred words.
  values[index++] = Math.log1p(words) / 5
  values.set(genre, index)
  return values
}
