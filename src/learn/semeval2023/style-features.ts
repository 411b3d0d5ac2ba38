import {
  COLON_BIT,
  ELLIPSIS_BIT,
  EXCLAMATION_BIT,
  PARENTHESIS_BIT,
  PERCENT_BIT,
  QUESTION_BIT,
  QUOTE_BIT,
} from './char-classes.ts'

/** The scanner found a digit. */
export const NUMBER_BIT = 128
/** The scanner found a word of three or more capitals ("NEVER"), not an acronym of two. */
export const CAPITALISED_BIT = 256

/**
 * Surface features of a unit of text (a paragraph or a sentence) and of its place in the article, shared by all
 * languages: questions, exclamations, quotes, numbers, capitals, position and length.
 */
export const STYLE_FEATURES = [
  'question',
  'exclamation',
  'quote',
  'number',
  'percent',
  'capitalisedWord',
  'ellipsis',
  'parenthesis',
  'colon',
  'title',
  'firstBody',
  'last',
  'position0',
  'position1',
  'position2',
  'position3',
  'position4',
  'wordsUnder8',
  'wordsUnder16',
  'wordsUnder32',
  'wordsUnder64',
  'wordsOver64',
  'repeatedWords',
  'sentenceUnit',
] as const

// The first nine features are the scanner's bits, in this order.
const FLAG_BITS = [
  QUESTION_BIT,
  EXCLAMATION_BIT,
  QUOTE_BIT,
  NUMBER_BIT,
  PERCENT_BIT,
  CAPITALISED_BIT,
  ELLIPSIS_BIT,
  PARENTHESIS_BIT,
  COLON_BIT,
] as const
const POSITION_BINS = 5
const LENGTH_BINS = [8, 16, 32, 64] as const

/** What the scanner saw in a unit, and where the unit sits. */
export interface UnitStyle {
  readonly flags: number
  readonly wordCount: number
  /** Share of the unit's content words (five letters or more) used three or more times in the article. */
  readonly repeatedShare: number
  readonly position: number
  readonly paragraphCount: number
  readonly isSentence: boolean
}

/** The style features of a unit as values in [0, 1] (see STYLE_FEATURES). */
export function styleFeatures(unit: UnitStyle): Float32Array {
  const values = new Float32Array(STYLE_FEATURES.length)
  let index = 0
  for (const bit of FLAG_BITS) values[index++] = unit.flags & bit ? 1 : 0
  const { position, paragraphCount } = unit
  values[index++] = position === 0 ? 1 : 0
  values[index++] = position === 1 ? 1 : 0
  values[index++] = position === paragraphCount - 1 ? 1 : 0
  const bin = Math.min(
    POSITION_BINS - 1,
    Math.floor((position / Math.max(1, paragraphCount)) * POSITION_BINS),
  )
  for (let candidate = 0; candidate < POSITION_BINS; candidate++)
    values[index++] = candidate === bin ? 1 : 0
  const lengthBin = LENGTH_BINS.findIndex((limit) => unit.wordCount < limit)
  const chosen = lengthBin === -1 ? LENGTH_BINS.length : lengthBin
  for (let candidate = 0; candidate <= LENGTH_BINS.length; candidate++)
    values[index++] = candidate === chosen ? 1 : 0
  values[index++] = unit.repeatedShare
  values[index++] = unit.isSentence ? 1 : 0
  return values
}
