/** A word, a number, a numeric date or a URL, with its offsets. */
export interface ScannedToken {
  readonly kind: 'url' | 'numeric-date' | 'number' | 'word'
  readonly text: string
  readonly start: number
  readonly end: number
}

// Order matters: URLs before everything (their digits are not figures), numeric dates (11/03/25, 13.03.2025)
// before numbers, digit groups ("3 000", "1,200", "3.000") before plain numbers.
const TOKEN =
  /https?:\/\/[^\s<>"«»“”]+|(?<!\d)\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?!\d)|\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu
const URL_START = /^https?:/u
const NUMERIC_DATE = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/u

/** Splits text into URLs, numeric dates, numbers and words, in order. */
export function scanTokens(text: string, from = 0, to = text.length): ScannedToken[] {
  const tokens: ScannedToken[] = []
  const pattern = new RegExp(TOKEN)
  pattern.lastIndex = from
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match.index >= to) break
    const value = match[0]
    tokens.push({
      kind: kindOf(value),
      text: value,
      start: match.index,
      end: match.index + value.length,
    })
  }
  return tokens
}

// Checked by first character, since words are most tokens and only digits can start a date or a number.
function kindOf(value: string): ScannedToken['kind'] {
  const first = value.charCodeAt(0)
  if (first === LETTER_H && URL_START.test(value)) return 'url'
  if (first < DIGIT_ZERO || first > DIGIT_NINE) return 'word'
  return NUMERIC_DATE.test(value) ? 'numeric-date' : 'number'
}

const LETTER_H = 0x68
const DIGIT_ZERO = 0x30
const DIGIT_NINE = 0x39
