import { finishHash, hashStep, hashString } from '../hash-string.ts'
import type { SparseCounter } from '../sparse-counter.ts'
import {
  CHAR_CLASS,
  DIGIT_CHAR,
  ELLIPSIS_BIT,
  FOLD,
  PUNCTUATION_STYLE,
  SPACE_CHAR,
  UPPER_CHAR,
  WORD_CHAR,
} from './char-classes.ts'
import { CUE_DIMS, type FeatureConfig } from './feature-config.ts'
import type { CuePhrase, CueWord, HashedCues } from './hashed-cues.ts'
import { CAPITALISED_BIT, NUMBER_BIT } from './style-features.ts'
import { WORD_SEED } from './word-hash.ts'

// Imported bindings are read through accessor functions once transpiled (tsx); the scanner visits every
// character, so it reads local copies instead.
const fold = FOLD
const classOf = CHAR_CLASS
const punctuationStyle = PUNCTUATION_STYLE
const step = hashStep
const finish = finishHash
const wordSeed = WORD_SEED
const isWord = WORD_CHAR
const isUpper = UPPER_CHAR
const isSpace = SPACE_CHAR
const isDigit = DIGIT_CHAR
const ellipsisBit = ELLIPSIS_BIT
const numberBit = NUMBER_BIT
const capitalisedBit = CAPITALISED_BIT

const CHAR_SEED = hashString('c')
const BIGRAM_SEED = hashString('w2')
const CUE_SEED = hashString('cue')
const SPACE = 0x20
const DOT = 0x2e
// Prefix hashes are kept up to this length: every stem in the cue lexicons is shorter.
const MAX_PREFIX = 20
// Ring buffers hold the last units (character n-grams) and words (cue phrases); powers of two above the maxima.
const CHAR_RING = 8
const WORD_RING = 16
const MIN_CONTENT_WORD = 5
const MIN_CAPITALISED_LETTERS = 3

/** Where the scanner writes one unit's counts (null: do not count that block). */
export interface ScanSink {
  readonly words: SparseCounter | null
  readonly chars: SparseCounter | null
  readonly cues: SparseCounter | null
}

/** A word and a cue phrase the scanner saw, with their offsets (only when asked to record). */
export interface ScanRecord {
  readonly words: { start: number; end: number; hash: number }[]
  readonly cues: { group: number; phrase: string; start: number; end: number }[]
}

/** Per-document scanning settings derived from the feature configuration and the language. */
export interface ScanSettings {
  readonly config: FeatureConfig
  readonly cues: HashedCues | null
  /** Language salt of the feature copies, or null. */
  readonly salt: number | null
  /** Cue-block indexes of each cue family: shared, then language copy when salted. */
  readonly cueIndexes: readonly (readonly number[])[]
}

/** What a scan found besides counts: style bits, word count, and hash keys (hashKey) of content words. */
export interface SpanStats {
  flags: number
  wordCount: number
  readonly contentWords: number[]
}

/** Builds the scan settings of a document in `lang`. */
export function scanSettings(
  config: FeatureConfig,
  cues: HashedCues | null,
  lang: string | null,
  groupCount: number,
): ScanSettings {
  const salt = config.languageCopies && lang ? hashString(`lang:${lang}`) : null
  return {
    config,
    cues: config.cues ? cues : null,
    salt,
    cueIndexes: Array.from({ length: groupCount }, (_, group) => cueIndex(group, salt)),
  }
}

/** The cue-block indexes of a cue family: shared, then tagged with the language when `salt` is set. */
export function cueIndex(group: number, salt: number | null): number[] {
  const hash = hashString(String(group), CUE_SEED)
  const shared = finishHash(hash) & (CUE_DIMS - 1)
  return salt === null ? [shared] : [shared, finishHash(hash ^ salt) & (CUE_DIMS - 1)]
}

/** The word-block index of a unigram hash (shared) and of its language copy. */
export function unigramIndexes(hash: number, settings: ScanSettings): number[] {
  const mask = 2 ** settings.config.wordBits - 1
  const shared = finishHash(hash) & mask
  return settings.salt === null ? [shared] : [shared, finishHash(hash ^ settings.salt) & mask]
}

/**
 * Scans `text[start, end)` once, counting hashed word 1–2-grams, character n-grams (folded, white space runs as
 * one space) and cue families into `sink`, and noting style bits; with `record`, also lists words and cues.
 */
export function scanSpan(
  text: string,
  start: number,
  end: number,
  settings: ScanSettings,
  sink: ScanSink,
  stats: SpanStats,
  record?: ScanRecord,
): void {
  const { config } = settings
  const wordMask = 2 ** config.wordBits - 1
  const charMask = config.charBits > 0 ? 2 ** config.charBits - 1 : 0
  const [minOrder, maxOrder] = config.charOrders
  const chars = sink.chars
  const ring = CHAR_RING_BUFFER
  let pushed = 0
  let lastWasSpace = true
  const words = WORD_STATE.reset(settings, sink, stats, record)
  let dots = 0
  for (let index = start; index < end; index++) {
    const unit = text.charCodeAt(index)
    const classes = classOf[unit]!
    const folded = fold[unit]!
    if (classes & isWord) {
      words.add(index, folded, (classes & isUpper) !== 0, (classes & isDigit) !== 0)
      if (classes & isDigit) stats.flags |= numberBit
    } else {
      words.end(index, wordMask)
      stats.flags |= punctuationStyle[unit]!
    }
    dots = unit === DOT ? dots + 1 : 0
    if (dots >= 3) stats.flags |= ellipsisBit
    if (!chars || maxOrder === 0) continue
    // White space runs count as one space.
    const isBlank = (classes & isSpace) !== 0
    if (isBlank && lastWasSpace) continue
    lastWasSpace = isBlank
    ring[pushed & (CHAR_RING - 1)] = isBlank ? SPACE : folded
    pushed++
    if (pushed >= maxOrder)
      emitCharGrams(ring, pushed - maxOrder, pushed, minOrder, chars, charMask)
  }
  words.end(end, wordMask)
  if (chars && maxOrder > 0)
    for (let from = Math.max(0, pushed - maxOrder + 1); from < pushed; from++)
      emitCharGrams(ring, from, pushed, minOrder, chars, charMask)
}

// The last characters pushed (scans never nest, so one buffer serves them all).
const CHAR_RING_BUFFER = new Uint16Array(CHAR_RING)

/** Counts the character n-grams of ring[from, to) that start at `from`, of every order from `minOrder`. */
function emitCharGrams(
  ring: Uint16Array,
  from: number,
  to: number,
  minOrder: number,
  chars: SparseCounter,
  charMask: number,
): void {
  let hash = CHAR_SEED
  for (let at = from; at < to; at++) {
    hash = step(hash, ring[at & (CHAR_RING - 1)]!)
    if (at - from + 1 >= minOrder) chars.add(finish(hash) & charMask)
  }
}

/**
 * The word in progress, the words before it (for bigrams and cue phrases), and where they go. One instance
 * serves every scan (scans never nest), so its buffers are allocated once; reset clears what a scan reads.
 */
class WordState {
  private inWord = false
  private hash = wordSeed
  private length = 0
  private upper = 0
  private letters = 0
  private wordStart = 0
  private previous = -1
  private count = 0
  private readonly hashes = new Uint32Array(WORD_RING)
  private readonly lengths = new Uint16Array(WORD_RING)
  private readonly prefixes = new Uint32Array(WORD_RING * (MAX_PREFIX + 1))
  private readonly starts = new Int32Array(WORD_RING)
  private readonly ends = new Int32Array(WORD_RING)
  private settings!: ScanSettings
  private sink!: ScanSink
  private stats!: SpanStats
  private record: ScanRecord | undefined

  /** Starts a scan; slots of the ring buffers are only read once this scan has written them. */
  reset(
    settings: ScanSettings,
    sink: ScanSink,
    stats: SpanStats,
    record: ScanRecord | undefined,
  ): this {
    this.inWord = false
    this.hash = wordSeed
    this.length = 0
    this.upper = 0
    this.letters = 0
    this.wordStart = 0
    this.previous = -1
    this.count = 0
    this.settings = settings
    this.sink = sink
    this.stats = stats
    this.record = record
    return this
  }

  /** Adds a folded word unit at `index`. */
  add(index: number, folded: number, isUpper: boolean, isDigit: boolean): void {
    if (!this.inWord) {
      this.inWord = true
      this.hash = wordSeed
      this.length = 0
      this.upper = 0
      this.letters = 0
      this.wordStart = index
    }
    this.hash = step(this.hash, folded)
    this.length++
    if (this.length <= MAX_PREFIX)
      this.prefixes[(this.count & (WORD_RING - 1)) * (MAX_PREFIX + 1) + this.length] = this.hash
    if (isUpper) this.upper++
    if (!isDigit) this.letters++
  }

  /** Ends the word in progress (if any) at `index`. */
  end(index: number, wordMask: number): void {
    if (!this.inWord) return
    this.inWord = false
    const { stats, settings, sink } = this
    stats.wordCount++
    if (this.letters >= MIN_CAPITALISED_LETTERS && this.upper === this.letters)
      stats.flags |= capitalisedBit
    if (this.length >= MIN_CONTENT_WORD) stats.contentWords.push(this.hash & 0x3fffffff)
    const slot = this.count & (WORD_RING - 1)
    this.hashes[slot] = this.hash
    this.lengths[slot] = this.length
    this.starts[slot] = this.wordStart
    this.ends[slot] = index
    this.count++
    this.record?.words.push({ start: this.wordStart, end: index, hash: this.hash })
    if (this.length >= settings.config.minWordLength) {
      const salt = settings.salt
      const words = sink.words
      if (words) {
        words.add(finish(this.hash) & wordMask)
        if (salt !== null) words.add(finish(this.hash ^ salt) & wordMask)
        if (settings.config.maxWordOrder === 2 && this.previous !== -1) {
          const bigram = (Math.imul(this.previous ^ BIGRAM_SEED, 0x01000193) ^ this.hash) >>> 0
          words.add(finish(bigram) & wordMask)
          if (salt !== null) words.add(finish(bigram ^ salt) & wordMask)
        }
      }
      this.previous = this.hash
    } else this.previous = -1
    if (settings.cues && (sink.cues || this.record)) this.matchCues(settings.cues, sink.cues)
  }

  private matchCues(cues: HashedCues, counter: SparseCounter | null): void {
    const last = this.count - 1
    const exact = cues.byLastWord.get(this.hash & 0x3fffffff)
    if (exact) for (const phrase of exact) this.tryPhrase(phrase, last, counter)
    const length = this.length
    for (const stemLength of cues.stemLengths) {
      if (stemLength > length || stemLength > MAX_PREFIX) break
      const prefix = this.prefixes[(last & (WORD_RING - 1)) * (MAX_PREFIX + 1) + stemLength]!
      const stemmed = cues.byLastStem.get(stemLength)?.get(prefix & 0x3fffffff)
      if (stemmed) for (const phrase of stemmed) this.tryPhrase(phrase, last, counter)
    }
  }

  private tryPhrase(phrase: CuePhrase, last: number, counter: SparseCounter | null): void {
    const size = phrase.words.length
    if (size > this.count || size > WORD_RING) return
    for (let back = 1; back < size; back++)
      if (!this.wordMatches(last - back, phrase.words[size - 1 - back]!)) return
    if (counter)
      for (const index of this.settings.cueIndexes[phrase.group] ?? []) counter.add(index)
    this.record?.cues.push({
      group: phrase.group,
      phrase: phrase.phrase,
      start: this.starts[(last - size + 1) & (WORD_RING - 1)]!,
      end: this.ends[last & (WORD_RING - 1)]!,
    })
  }

  private wordMatches(position: number, word: CueWord): boolean {
    const slot = position & (WORD_RING - 1)
    if (word.stemLength === 0) return this.hashes[slot] === word.hash
    return (
      word.stemLength <= MAX_PREFIX &&
      this.lengths[slot]! >= word.stemLength &&
      this.prefixes[slot * (MAX_PREFIX + 1) + word.stemLength] === word.hash
    )
  }
}

const WORD_STATE = new WordState()
