import type { Span } from '../../contracts/span.ts'
import { trimSpan } from '../../doc/span.ts'
import { foldWord } from '../../doc/tokenize.ts'
import { foldedSet } from '../../lang/folded-set.ts'
import type { LanguageData } from '../../lang/language-data.ts'

// A sentence ends at . ! ? … (possibly repeated), optionally followed by closing quotes or brackets.
const TERMINATOR = /[.!?…]+[»”"’)\]]*(?=\s|$)|[.!?]+(?=[«“"(]?\p{Lu}\p{Ll})/gu
// What may start the next sentence: an upper-case letter, a digit, an opening quote or bracket, a dash.
const SENTENCE_START = /^\s*(?:[«“"„([—–-]\s*)?[\p{Lu}\p{N}¿¡@#]/u
// Characters of the word just before a period, to test for abbreviations and initials ("U.S", "J.-C").
const WORD_CHAR = /[\p{L}\p{N}.’'-]/u
const INITIAL = /^\p{Lu}$/u
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])$/u
const NEXT_WORD = /^\s+([\p{L}]+)/u
// Sentences longer than this are cut at the next line break or semicolon, so one run-on cannot swallow a page.
const MAX_SENTENCE_CHARS = 2000

/** Splits each paragraph into sentences using the language's abbreviations; line breaks always end one. */
export function splitSentences(
  text: string,
  paragraphs: readonly Span[],
  language: LanguageData | null,
): Span[] {
  const rules: SplitRules = {
    abbreviations: new Set(language?.abbreviations ?? []),
    ordinalMonths: language?.ordinalPeriod ? foldedSet(Object.keys(language.months)) : null,
  }
  const sentences: Span[] = []
  for (const paragraph of paragraphs) {
    for (const line of splitLines(text, paragraph)) {
      splitLine(text, line, rules, sentences)
    }
  }
  return sentences
}

function splitLines(text: string, paragraph: Span): Span[] {
  const lines: Span[] = []
  let start = paragraph.start
  for (
    let index = text.indexOf('\n', start);
    index !== -1 && index < paragraph.end;
    index = text.indexOf('\n', start)
  ) {
    lines.push(trimSpan(text, start, index))
    start = index + 1
  }
  lines.push(trimSpan(text, start, paragraph.end))
  return lines.filter((line) => line.end > line.start)
}

interface SplitRules {
  readonly abbreviations: ReadonlySet<string>
  /** Month names after which a numbered period is an ordinal date ("11. April"), where the language says so. */
  readonly ordinalMonths: ReadonlySet<string> | null
}

function splitLine(text: string, line: Span, rules: SplitRules, out: Span[]): void {
  const body = text.slice(line.start, line.end)
  let start = 0
  TERMINATOR.lastIndex = 0
  for (let match = TERMINATOR.exec(body); match !== null; match = TERMINATOR.exec(body)) {
    const end = match.index + match[0].length
    if (!SENTENCE_START.test(body.slice(end, end + 4)) && end < body.length) continue
    if (
      match[0].startsWith('.') &&
      isAbbreviation(body.slice(start, match.index), rules.abbreviations)
    )
      continue
    if (match[0] === '.' && isOrdinalDate(body, start, match.index, end, rules.ordinalMonths))
      continue
    pushSentence(text, line.start + start, line.start + end, out)
    start = end
  }
  pushSentence(text, line.start + start, line.end, out)
}

// "am 11. April 2025": a day number, its period, then a month name.
function isOrdinalDate(
  body: string,
  start: number,
  period: number,
  end: number,
  months: ReadonlySet<string> | null,
): boolean {
  if (!months) return false
  if (!DAY_NUMBER.test(wordBefore(body.slice(start, period)) ?? '')) return false
  const next = NEXT_WORD.exec(body.slice(end, end + 20))?.[1]
  return next !== undefined && months.has(foldWord(next))
}

function isAbbreviation(before: string, abbreviations: ReadonlySet<string>): boolean {
  const word = wordBefore(before)
  if (!word) return false
  if (INITIAL.test(word)) return true
  const lower = word.toLowerCase()
  return abbreviations.has(lower) || abbreviations.has(lower.replace(/^.*[’']/u, ''))
}

// Scans back from the end rather than matching an end-anchored regex, which backtracks at every start.
function wordBefore(before: string): string | undefined {
  let start = before.length
  while (start > 0 && WORD_CHAR.test(before.charAt(start - 1))) start--
  return start < before.length ? before.slice(start) : undefined
}

function pushSentence(text: string, start: number, end: number, out: Span[]): void {
  const span = trimSpan(text, start, end)
  if (span.end <= span.start) return
  if (span.end - span.start <= MAX_SENTENCE_CHARS) {
    out.push(span)
    return
  }
  // A run-on without terminators (a table, a list flattened to one line): cut at the last space before the cap.
  const cut = text.lastIndexOf(' ', span.start + MAX_SENTENCE_CHARS)
  const at = cut > span.start ? cut : span.start + MAX_SENTENCE_CHARS
  out.push(trimSpan(text, span.start, at))
  pushSentence(text, at, span.end, out)
}
