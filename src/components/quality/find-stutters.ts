import { isCapitalized } from '../../doc/tokenize.ts'
import { MAX_OCCURRENCES } from './group-repeats.ts'
import type { IndexedWords, WordRange } from './index-words.ts'
import { isLegitimateDouble } from './legitimate-doubles.ts'

/** A word or a short sequence written again immediately ("encore encore", "place, sont / place, ils sont"). */
export interface Stutter {
  /** In text order, at most MAX_OCCURRENCES; the first is the one repeated. */
  readonly copies: WordRange[]
  /** How many times the sequence is written in a row, listed or not. */
  readonly count: number
  readonly unitWords: number
  /** Words the second copy adds inside the sequence (0 for an exact stutter). */
  readonly insertedWords: number
  /** Index of the word after the last copy. */
  readonly end: number
}

// Longer immediate repeats are found as repeated fragments.
const MAX_UNIT_WORDS = 4
// Two overlapping chunks of a machine translation repeat a phrase with a word added ("place, sont /
// place, ils sont"); function words alone ("de la / de toute la") match that shape by chance.
const MIN_CONTENT_WORD_CHARS = 4
// A comma, colon or dash between the copies marks deliberate emphasis or apposition
// ("non, non", "never, never again", "dans trois villes, villes qui…"), a bar or slash separates table
// cells and alternatives ("| Ana Silva | Ana Sylva |"); a period or a line break does not.
const DELIBERATE_SEPARATOR = /[,;:!?()«»"“”—–/|]/u
const SINGLE_LETTER = /^\p{Lu}$/u

/** Finds words and sequences of up to four words written twice in a row, except legitimate doubles. */
export function findStutters(words: IndexedWords): Stutter[] {
  const stutters: Stutter[] = []
  for (let start = 0; start < words.ids.length; ) {
    const stutter = exactStutterAt(words.ids, start) ?? bestFuzzyStutter(words, start)
    if (!stutter) {
      start++
      continue
    }
    if (isSlip(words, stutter)) stutters.push(stutter)
    // Skip the whole run, legitimate or not, so 100 000 repeated words are read once.
    start = stutter.end
  }
  return stutters
}

function exactStutterAt(ids: Int32Array, start: number): Stutter | null {
  for (let unit = 1; unit <= MAX_UNIT_WORDS; unit++) {
    if (!isSameBlock(ids, start, start + unit, unit)) continue
    let count = 2
    while (isSameBlock(ids, start, start + count * unit, unit)) count++
    const copies = Array.from({ length: Math.min(count, MAX_OCCURRENCES) }, (_, copy) => ({
      start: start + copy * unit,
      end: start + (copy + 1) * unit,
    }))
    return { copies, count, unitWords: unit, insertedWords: 0, end: start + count * unit }
  }
  return null
}

function isSameBlock(ids: Int32Array, first: number, second: number, length: number): boolean {
  if (second + length > ids.length) return false
  for (let index = 0; index < length; index++)
    if (ids[first + index] !== ids[second + index]) return false
  return true
}

// "le Rhin et le Main. Rhin et le cours du Main" first matches as "le Rhin et / le Main. Rhin et"; a
// stutter starting inside it that repeats more words ("Rhin et le Main" / "Rhin et le cours du Main")
// is the real one.
function bestFuzzyStutter(words: IndexedWords, start: number): Stutter | null {
  let best = fuzzyStutterAt(words, start)
  for (let next = start + 1; best && next < best.copies[1]!.start; next++) {
    const other = exactStutterAt(words.ids, next) ?? fuzzyStutterAt(words, next)
    if (other && other.unitWords > best.unitWords) best = other
  }
  return best
}

// The second copy starts right after the first and holds all its words in order, with a few added.
function fuzzyStutterAt(words: IndexedWords, start: number): Stutter | null {
  const { ids, vocabulary } = words
  for (let unit = 2; unit <= MAX_UNIT_WORDS; unit++) {
    const second = start + unit
    if (second >= ids.length || ids[second] !== ids[start]) continue
    const hasContentWord = Array.from(ids.subarray(start, second)).some(
      (id) => vocabulary[id]!.length >= MIN_CONTENT_WORD_CHARS,
    )
    if (!hasContentWord) continue
    const maxInserted = Math.floor(unit / 2)
    let inserted = 0
    let at = second + 1
    for (let word = 1; word < unit && at < ids.length; word++) {
      while (at < ids.length && ids[at] !== ids[start + word] && inserted < maxInserted) {
        at++
        inserted++
      }
      if (ids[at] !== ids[start + word]) break
      at++
      if (word === unit - 1 && inserted > 0) {
        const copies = [
          { start, end: second },
          { start: second, end: at },
        ]
        return { copies, count: 2, unitWords: unit, insertedWords: inserted, end: at }
      }
    }
  }
  return null
}

function isSlip(words: IndexedWords, stutter: Stutter): boolean {
  const { tokens, vocabulary, ids, text } = words
  const [first, second] = stutter.copies as [WordRange, WordRange]
  const unit = Array.from(ids.subarray(first.start, first.end), (id) => vocabulary[id]!)
  if (isLegitimateDouble(unit)) return false
  // Words on both sides of a paragraph break ("…, step by step\n\nBy Jane Doe") are not one copy.
  const { paragraphOf } = words
  const isSplit = (range: WordRange) => paragraphOf[range.start] !== paragraphOf[range.end - 1]
  if (isSplit(first) || isSplit(second)) return false
  const firstWord = tokens[first.start]!.text
  const secondWord = tokens[second.start]!.text
  // Initials ("J. J. Abrams").
  if (stutter.unitWords === 1 && SINGLE_LETTER.test(firstWord)) return false
  // A sentence that ends with the word the next one starts with ("…did it. It was…"), or a name
  // particle before the name ("de De Gaulle").
  if (isCapitalized(secondWord) && !isCapitalized(firstWord)) return false
  // A heading followed by a paragraph that starts with the same words.
  if (isCapitalized(secondWord) && paragraphOf[first.end - 1] !== paragraphOf[second.start])
    return false
  // A name ending one sentence and starting the next ("…said Merkel. Merkel added…").
  const isName = tokens.slice(first.start, first.end).every((token) => isCapitalized(token.text))
  if (isName && words.sentenceOf[first.end - 1] !== words.sentenceOf[second.start]) return false
  const separator = text.slice(tokens[first.end - 1]!.end, tokens[second.start]!.start)
  return !DELIBERATE_SEPARATOR.test(separator)
}
