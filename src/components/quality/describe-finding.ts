import type { QualityFinding } from '../../contracts/annotations.ts'
import type { Span } from '../../contracts/span.ts'
import { makeSpan } from '../../doc/span.ts'
import type { Stutter } from './find-stutters.ts'
import { coversParagraph, type Repeat } from './group-repeats.ts'
import type { IndexedWords, WordRange } from './index-words.ts'

// Quotes in messages are cut here so a repeated paragraph does not flood the report.
const MAX_QUOTE_CHARS = 60

/** A repeated paragraph or fragment as a finding, with a message an analyst can act on. */
export function describeRepeat(repeat: Repeat, words: IndexedWords): QualityFinding {
  const { occurrences, similarity } = repeat
  return {
    kind: repeat.isParagraph ? 'repeated-paragraph' : 'repeated-fragment',
    spans: occurrences.map((range) => toSpan(words, range)),
    similarity,
    message: repeat.isParagraph ? paragraphMessage(repeat, words) : fragmentMessage(repeat, words),
  }
}

// "Paragraph 31 repeats paragraph 23 (94 % identical words): likely a tweet quoted twice or a second
// machine translation."
function paragraphMessage({ occurrences, similarity }: Repeat, words: IndexedWords): string {
  const [first, second] = occurrences as [WordRange, WordRange]
  const source = coversParagraph(words, first)
    ? paragraphLabel(words, first)
    : `a passage of ${paragraphLabel(words, first)}`
  const quoted = occurrences.length === 2 ? 'quoted twice' : 'quoted several times'
  const cause =
    similarity >= 1
      ? `a tweet or paragraph ${quoted}`
      : `a tweet ${quoted} or a second machine translation`
  if (occurrences.length > 2) {
    return `The text of ${source} appears ${timesIn(words, occurrences)}${identity(similarity)}: likely ${cause}.`
  }
  const repeater = paragraphLabel(words, second)
  const verb = repeater.startsWith('paragraphs') ? 'repeat' : 'repeats'
  return `${capitalize(repeater)} ${verb} ${source}${identity(similarity)}: likely ${cause}.`
}

// "“les décisions étaient prises…” (11 words, paragraph 6) is repeated immediately (91 % identical words): …"
function fragmentMessage({ occurrences, similarity }: Repeat, words: IndexedWords): string {
  const [first, second] = occurrences as [WordRange, WordRange]
  const fragment = `“${quote(words, first)}” (${first.end - first.start} words, ${paragraphLabel(words, first)})`
  const where =
    occurrences.length === 2
      ? `is repeated ${placeOf(words, first, second)}`
      : `appears ${timesIn(words, occurrences)}`
  // A short paragraph repeated inside a longer one is a headline or pull quote taken from the body.
  const cause = coversParagraph(words, first)
    ? 'a headline or pull quote repeating the body'
    : 'a copy-paste or machine-translation slip'
  return `${fragment} ${where}${identity(similarity)}: likely ${cause}.`
}

function identity(similarity: number): string {
  return similarity >= 1 ? ', word for word' : ` (${percent(similarity)} % identical words)`
}

// "3 times in a row in paragraph 4", "3 times (paragraphs 2, 9 and 14)".
function timesIn(words: IndexedWords, occurrences: readonly WordRange[]): string {
  const labels = [...new Set(occurrences.map((range) => paragraphLabel(words, range)))]
  const isBackToBack = occurrences.every(
    (range, index) => index === 0 || range.start === occurrences[index - 1]!.end,
  )
  const times = `${occurrences.length} times${isBackToBack ? ' in a row' : ''}`
  if (labels.length === 1) return `${times} in ${labels[0]}`
  const numbers = labels.map((label) => label.replace(/^paragraphs? /u, ''))
  return `${times} (paragraphs ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)})`
}

/** A stuttered word or sequence as a finding. */
export function describeStutter(stutter: Stutter, words: IndexedWords): QualityFinding {
  const [first, second] = stutter.copies as [WordRange, WordRange]
  const where = paragraphLabel(words, { start: first.start, end: stutter.end })
  const times = stutter.count === 2 ? 'twice' : `${stutter.count} times`
  const message =
    stutter.insertedWords === 0
      ? `“${quote(words, first)}” is written ${times} in a row (${where}): likely a typing or machine-translation slip.`
      : `“${quote(words, first)}” is repeated at once as “${quote(words, second)}” (${where}): likely two overlapping chunks of a machine translation.`
  const unitWords = 2 * stutter.unitWords
  return {
    kind: 'stuttered-words',
    spans: stutter.copies.map((range) => toSpan(words, range)),
    similarity: unitWords / (unitWords + stutter.insertedWords),
    message,
  }
}

// Words carry no punctuation; a span takes in the marks glued to its ends, so a repeated
// paragraph's span is the whole paragraph (“Nous ne reculerons pas.”), never beyond the next word.
const OPENING_MARKS = /[«“"„‘([]+$/u
const CLOSING_MARKS = /^[.!?…»”"’)\]]+/u

function toSpan(words: IndexedWords, range: WordRange): Span {
  const { text, tokens } = words
  const start = tokens[range.start]!.start
  const end = tokens[range.end - 1]!.end
  const previousEnd = tokens[range.start - 1]?.end ?? 0
  const nextStart = tokens[range.end]?.start ?? text.length
  const opening = OPENING_MARKS.exec(text.slice(previousEnd, start))?.[0].length ?? 0
  const closing = CLOSING_MARKS.exec(text.slice(end, nextStart))?.[0].length ?? 0
  return makeSpan(text, start - opening, end + closing)
}

function placeOf(words: IndexedWords, first: WordRange, second: WordRange): string {
  if (second.start === first.end) return 'immediately'
  const { paragraphOf } = words
  if (paragraphOf[first.start] === paragraphOf[second.start]) return 'later in the same paragraph'
  return `in ${paragraphLabel(words, second)}`
}

/** "paragraph 3" or "paragraphs 3–5", numbered from 1 as a reader counts them. */
function paragraphLabel(words: IndexedWords, range: WordRange): string {
  const first = words.paragraphOf[range.start]! + 1
  const last = words.paragraphOf[range.end - 1]! + 1
  return first === last ? `paragraph ${first}` : `paragraphs ${first}–${last}`
}

function quote(words: IndexedWords, range: WordRange): string {
  const text = toSpan(words, range).text.replace(/\s+/gu, ' ')
  return text.length <= MAX_QUOTE_CHARS ? text : `${text.slice(0, MAX_QUOTE_CHARS).trimEnd()}…`
}

// A near-verbatim repeat must not read as "100 %".
function percent(similarity: number): number {
  const rounded = Math.round(similarity * 100)
  return rounded === 100 && similarity < 1 ? 99 : rounded
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
