import { CUE_GROUPS } from '../../lang/persuasion-cues.ts'
import { borrowCounter, returnCounter, type SparseCounter } from '../sparse-counter.ts'
import { EMPTY_VECTOR, type SparseVector } from '../sparse-vector.ts'
import { CUE_DIMS, type FeatureConfig } from './feature-config.ts'
import type { HashedCues } from './hashed-cues.ts'
import { type ScanSettings, type SpanStats, scanSettings, scanSpan } from './scan-span.ts'
import { styleFeatures } from './style-features.ts'

/** Raw counts of one unit (a sentence or a paragraph), each block in its own index space, before weighting. */
export interface UnitCounts {
  readonly words: SparseVector
  readonly chars: SparseVector
  readonly cues: SparseVector
  readonly style: Float32Array
  readonly wordCount: number
}

/** A paragraph's counts (the sum of its sentences'), and each sentence's counts with its offsets. */
export interface ParagraphUnits {
  readonly paragraph: UnitCounts
  readonly sentences: readonly {
    readonly start: number
    readonly end: number
    readonly counts: UnitCounts
  }[]
}

/** What to featurize: the text, its paragraphs, and their sentences (sorted, inside the paragraphs). */
export interface ArticleInput {
  readonly text: string
  readonly paragraphs: readonly { start: number; end: number }[]
  readonly sentences: readonly { start: number; end: number }[]
  readonly lang: string | null
}

// A content word counts as repeated from its third use in the article on (the Repetition technique); counting
// uses so far, not in the whole article, lets the scanner hand out each sentence as soon as it is read.
const MIN_REPEATS = 3

/**
 * A unit's counts as the scanner holds them: live counters, valid only inside the visitor's call (they are
 * cleared, or summed into the paragraph's, right after it). Read them with unitVector, or copy with toUnitCounts.
 */
export interface LiveUnit {
  readonly words: SparseCounter
  readonly chars: SparseCounter | null
  readonly cues: SparseCounter | null
  readonly style: Float32Array
  readonly wordCount: number
}

/** Receives each sentence's counts as soon as it is scanned, then its paragraph's. */
export interface ScanVisitor {
  sentence(paragraph: number, span: { start: number; end: number }, unit: LiveUnit): void
  paragraph(paragraph: number, unit: LiveUnit): void
}

/** A lasting copy of a live unit's counts. */
export function toUnitCounts(unit: LiveUnit): UnitCounts {
  return {
    words: unit.words.toVector(),
    chars: unit.chars ? unit.chars.toVector() : EMPTY_VECTOR,
    cues: unit.cues ? unit.cues.toVector() : EMPTY_VECTOR,
    style: unit.style,
    wordCount: unit.wordCount,
  }
}

/**
 * Counts every sentence's features in one pass over the text and sums them into paragraphs; style features use
 * each unit's place in the article. A paragraph without sentences is one sentence.
 */
export function scanArticle(
  input: ArticleInput,
  config: FeatureConfig,
  cues: HashedCues | null,
): ParagraphUnits[] {
  const units: {
    paragraph: UnitCounts | null
    sentences: ParagraphUnits['sentences'][number][]
  }[] = input.paragraphs.map(() => ({ paragraph: null, sentences: [] }))
  visitArticle(input, config, cues, {
    sentence: (paragraph, span, unit) => {
      units[paragraph]!.sentences.push({
        start: span.start,
        end: span.end,
        counts: toUnitCounts(unit),
      })
    },
    paragraph: (paragraph, unit) => {
      units[paragraph]!.paragraph = toUnitCounts(unit)
    },
  })
  return units.map((unit) => ({ paragraph: unit.paragraph!, sentences: unit.sentences }))
}

/** Scans an article like scanArticle, handing each unit to `visitor` instead of keeping it (bounded memory). */
export function visitArticle(
  input: ArticleInput,
  config: FeatureConfig,
  cues: HashedCues | null,
  visitor: ScanVisitor,
): void {
  const settings = scanSettings(config, cues, input.lang, CUE_GROUPS.length)
  const counters = borrowCounters(config)
  const articleWords = new Map<number, number>()
  const paragraphCount = input.paragraphs.length
  let sentenceIndex = 0
  input.paragraphs.forEach((paragraph, position) => {
    const spans: { start: number; end: number }[] = []
    while (
      sentenceIndex < input.sentences.length &&
      input.sentences[sentenceIndex]!.start < paragraph.end
    ) {
      const sentence = input.sentences[sentenceIndex++]!
      if (sentence.end > paragraph.start) spans.push(sentence)
    }
    if (spans.length === 0 && paragraph.end > paragraph.start) spans.push(paragraph)
    const paragraphStats: SpanStats = { flags: 0, wordCount: 0, contentWords: [] }
    let repeatedInParagraph = 0
    for (const span of spans) {
      const stats: SpanStats = { flags: 0, wordCount: 0, contentWords: [] }
      scanSpan(input.text, span.start, span.end, settings, counters.sentence, stats)
      let repeated = 0
      for (const word of stats.contentWords) {
        const uses = (articleWords.get(word) ?? 0) + 1
        articleWords.set(word, uses)
        if (uses >= MIN_REPEATS) repeated++
        paragraphStats.contentWords.push(word)
      }
      repeatedInParagraph += repeated
      paragraphStats.flags |= stats.flags
      paragraphStats.wordCount += stats.wordCount
      visitor.sentence(
        position,
        span,
        withStyle(counters.sentence, config, stats, repeated, {
          position,
          paragraphCount,
          isSentence: true,
        }),
      )
      drainInto(counters.sentence, counters.paragraph)
    }
    visitor.paragraph(
      position,
      withStyle(counters.paragraph, config, paragraphStats, repeatedInParagraph, {
        position,
        paragraphCount,
        isSentence: false,
      }),
    )
    clear(counters.paragraph)
  })
  releaseCounters(counters)
}

interface UnitCounters {
  readonly sentence: {
    words: SparseCounter
    chars: SparseCounter | null
    cues: SparseCounter | null
  }
  readonly paragraph: {
    words: SparseCounter
    chars: SparseCounter | null
    cues: SparseCounter | null
  }
}

function borrowCounters(config: FeatureConfig): UnitCounters {
  const make = () => ({
    words: borrowCounter(2 ** config.wordBits),
    chars: config.charBits > 0 ? borrowCounter(2 ** config.charBits) : null,
    cues: config.cues ? borrowCounter(CUE_DIMS) : null,
  })
  return { sentence: make(), paragraph: make() }
}

function releaseCounters(counters: UnitCounters): void {
  for (const set of [counters.sentence, counters.paragraph])
    for (const counter of [set.words, set.chars, set.cues]) if (counter) returnCounter(counter)
}

/** Adds a sentence's counts to its paragraph's and clears them. */
function drainInto(from: UnitCounters['sentence'], into: UnitCounters['paragraph']): void {
  from.words.drainInto(into.words)
  if (from.chars && into.chars) from.chars.drainInto(into.chars)
  if (from.cues && into.cues) from.cues.drainInto(into.cues)
}

function clear(counters: UnitCounters['paragraph']): void {
  counters.words.clear()
  counters.chars?.clear()
  counters.cues?.clear()
}

function withStyle(
  unit: UnitCounters['sentence'],
  config: FeatureConfig,
  stats: SpanStats,
  repeated: number,
  context: { position: number; paragraphCount: number; isSentence: boolean },
): LiveUnit {
  const content = stats.contentWords.length
  return {
    ...unit,
    wordCount: stats.wordCount,
    style: config.style
      ? styleFeatures({
          flags: stats.flags,
          wordCount: stats.wordCount,
          repeatedShare: content === 0 ? 0 : repeated / content,
          ...context,
        })
      : new Float32Array(0),
  }
}

/** Settings for re-scanning one sentence to list its words and cues (evidence display). */
export function articleScanSettings(
  config: FeatureConfig,
  cues: HashedCues | null,
  lang: string | null,
): ScanSettings {
  return scanSettings(config, cues, lang, CUE_GROUPS.length)
}
