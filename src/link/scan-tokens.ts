import { letterOrMarkWidth } from '../doc/scan-words.ts'
import { isWhiteSpace } from '../doc/white-space.ts'

/** A word, a number, a numeric date or a URL, with its offsets. */
export interface ScannedToken {
  readonly kind: 'url' | 'numeric-date' | 'number' | 'word'
  readonly text: string
  readonly start: number
  readonly end: number
}

// The token pattern, matched by hand (a regex match per token allocated a result array and was most of the
// anchors' time). Exactly the matches of this regex, which scan-tokens.test.ts compares against:
//   /https?:\/\/[^\s<>"«»“”]+|(?<!\d)\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?!\d)|
//    \d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu
// Order matters: URLs before everything (their digits are not figures), numeric dates (11/03/25, 13.03.2025)
// before numbers, digit groups ("3 000", "1,200", "3.000") before plain numbers.
const NO_MATCH = -1

/** Splits text into URLs, numeric dates, numbers and words, in order. */
export function scanTokens(text: string, from = 0, to = text.length): ScannedToken[] {
  const tokens: ScannedToken[] = []
  for (let start = pairStart(text, from); start < text.length && start < to; ) {
    const end = tokenEnd(text, start)
    if (end === NO_MATCH) {
      start++
      continue
    }
    const value = text.slice(start, end)
    tokens.push({ kind: kindOf(value), text: value, start, end })
    start = end
  }
  return tokens
}

// A start inside a surrogate pair moves back to the pair, as a unicode regex's lastIndex does.
function pairStart(text: string, from: number): number {
  const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff
  const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
  return from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))
    ? from - 1
    : from
}

// Where the token starting at `start` ends, trying the pattern's alternatives in order, or NO_MATCH.
function tokenEnd(text: string, start: number): number {
  const code = text.charCodeAt(start)
  if (isDigit(code)) {
    const dateEnd = isDigit(text.charCodeAt(start - 1)) ? NO_MATCH : numericDateEnd(text, start)
    if (dateEnd !== NO_MATCH) return dateEnd
    const groupedEnd = digitGroupsEnd(text, start)
    return groupedEnd !== NO_MATCH ? groupedEnd : decimalsEnd(text, digitRunEnd(text, start))
  }
  if (code === LETTER_H) {
    const urlEnd = urlEndAt(text, start)
    if (urlEnd !== NO_MATCH) return urlEnd
  }
  // ASCII holds no letters but A-Z and a-z, and no marks: spaces and punctuation end here.
  if (code < 0x80 && !isAsciiLetter(code)) return NO_MATCH
  return letterOrMarkWidth(text, start) > 0 ? wordEnd(text, start) : NO_MATCH
}

// https?:\/\/[^\s<>"«»“”]+
function urlEndAt(text: string, start: number): number {
  if (!text.startsWith('http', start)) return NO_MATCH
  let at = start + 4
  if (text.charCodeAt(at) === LETTER_S) at++
  if (!text.startsWith('://', at)) return NO_MATCH
  at += 3
  let end = at
  while (end < text.length && !endsUrl(text.charCodeAt(end))) end++
  return end > at ? end : NO_MATCH
}

// \d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?!\d): runs of exactly 1–2, 1–2 and 2 or 4 digits, as backtracking allows.
function numericDateEnd(text: string, start: number): number {
  const dayEnd = digitRunEnd(text, start)
  if (dayEnd - start > 2 || !isDateSeparator(text.charCodeAt(dayEnd))) return NO_MATCH
  const monthEnd = digitRunEnd(text, dayEnd + 1)
  const monthDigits = monthEnd - dayEnd - 1
  if (monthDigits < 1 || monthDigits > 2 || !isDateSeparator(text.charCodeAt(monthEnd)))
    return NO_MATCH
  const yearEnd = digitRunEnd(text, monthEnd + 1)
  const yearDigits = yearEnd - monthEnd - 1
  return yearDigits === 2 || yearDigits === 4 ? yearEnd : NO_MATCH
}

// \d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)(?:[.,]\d+)?: the most groups after which no digit follows.
function digitGroupsEnd(text: string, start: number): number {
  const leadEnd = digitRunEnd(text, start)
  if (leadEnd - start > 3) return NO_MATCH
  let groups = 0
  let end = leadEnd
  let previousEnd = leadEnd
  while (isGroupSeparator(text.charCodeAt(end)) && threeDigitsFollow(text, end + 1)) {
    previousEnd = end
    end += 4
    groups++
  }
  // After the last group a fourth digit fails (?!\d); backtracking then ends at the group before (a separator).
  if (isDigit(text.charCodeAt(end))) {
    groups--
    end = previousEnd
  }
  return groups > 0 ? decimalsEnd(text, end) : NO_MATCH
}

// (?:[.,]\d+)? after a number ending at `end`.
function decimalsEnd(text: string, end: number): number {
  const code = text.charCodeAt(end)
  if ((code === FULL_STOP || code === COMMA) && isDigit(text.charCodeAt(end + 1)))
    return digitRunEnd(text, end + 1)
  return end
}

// [\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*
function wordEnd(text: string, start: number): number {
  let end = lettersEnd(text, start)
  while (isWordJoiner(text.charCodeAt(end)) && letterOrMarkWidth(text, end + 1) > 0)
    end = lettersEnd(text, end + 1)
  return end
}

// [\p{L}\p{M}]*, with ASCII letters told by their code.
function lettersEnd(text: string, from: number): number {
  let end = from
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (isAsciiLetter(code)) {
      end++
      continue
    }
    const width = code < 0x80 ? 0 : letterOrMarkWidth(text, end)
    if (width === 0) break
    end += width
  }
  return end
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20
  return lower >= 0x61 && lower <= 0x7a
}

function digitRunEnd(text: string, from: number): number {
  let end = from
  while (isDigit(text.charCodeAt(end))) end++
  return end
}

function threeDigitsFollow(text: string, from: number): boolean {
  return (
    isDigit(text.charCodeAt(from)) &&
    isDigit(text.charCodeAt(from + 1)) &&
    isDigit(text.charCodeAt(from + 2))
  )
}

// \d is ASCII only, also under the u flag. NaN (past the end) is no digit.
function isDigit(code: number): boolean {
  return code >= DIGIT_ZERO && code <= DIGIT_NINE
}

function isDateSeparator(code: number): boolean {
  return code === SLASH || code === FULL_STOP
}

// [ ,.\u00a0\u202f]
function isGroupSeparator(code: number): boolean {
  return code === 0x20 || code === COMMA || code === FULL_STOP || code === 0xa0 || code === 0x202f
}

// - ' ’
function isWordJoiner(code: number): boolean {
  return code === 0x2d || code === 0x27 || code === 0x2019
}

// \s (ECMAScript white space and line terminators) or one of < > " « » “ ”.
function endsUrl(code: number): boolean {
  if (code === 0x3c || code === 0x3e || code === 0x22) return true
  if (code === 0xab || code === 0xbb || code === 0x201c || code === 0x201d) return true
  return isWhiteSpace(code)
}

const URL_START = /^https?:/u
const NUMERIC_DATE = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/u

// Checked by first character, since words are most tokens and only digits can start a date or a number.
function kindOf(value: string): ScannedToken['kind'] {
  const first = value.charCodeAt(0)
  if (first === LETTER_H && URL_START.test(value)) return 'url'
  if (first < DIGIT_ZERO || first > DIGIT_NINE) return 'word'
  return NUMERIC_DATE.test(value) ? 'numeric-date' : 'number'
}

const LETTER_H = 0x68
const LETTER_S = 0x73
const DIGIT_ZERO = 0x30
const DIGIT_NINE = 0x39
const FULL_STOP = 0x2e
const COMMA = 0x2c
const SLASH = 0x2f
