import type { LanguageData } from '../../lang/language-data.ts'

/** A date read from text: ISO 8601 (YYYY-MM-DD, or YYYY-MM when no day is given) and the words it came from. */
export interface ParsedDate {
  readonly iso: string
  readonly start: number
  readonly end: number
  readonly text: string
}

const NUMERIC = /(?<!\d)(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})(?!\d)/u
// "14 de junio de 2024": Spanish and Portuguese join the parts with "de".
const DAY_MONTH_YEAR =
  /(?<![\p{L}\d])(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?(\p{L}+)\.?(?:,?\s+(?:de\s+)?(\d{4}))?(?![\p{L}\d])/u
const MONTH_DAY_YEAR =
  /(?<![\p{L}\d])(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\p{L}\d])/u
// Two-digit years: 00–69 are this century, 70–99 the last (POSIX strptime's pivot).
const TWO_DIGIT_YEAR_PIVOT = 70

/**
 * Finds the first date in `text` in the numeric and written formats of the language ("09/01/22", "7 janvier",
 * "Jan 14, 2022"); `fallbackYear` completes dates written without a year.
 */
export function parseDate(
  text: string,
  language: LanguageData,
  fallbackYear?: number,
): ParsedDate | null {
  const candidates = [
    parseNumeric(text, language),
    parseWritten(text, language, fallbackYear),
  ].filter((date): date is ParsedDate => date !== null)
  candidates.sort((a, b) => a.start - b.start)
  return candidates[0] ?? null
}

function parseNumeric(text: string, language: LanguageData): ParsedDate | null {
  const match = NUMERIC.exec(text)
  if (!match) return null
  const [raw, a = '', b = '', c = ''] = match
  let year: number
  let month: number
  let day: number
  if (a.length === 4) [year, month, day] = [Number(a), Number(b), Number(c)]
  else if (language.numericDateOrder === 'mdy')
    [month, day, year] = [Number(a), Number(b), fullYear(c)]
  else [day, month, year] = [Number(a), Number(b), fullYear(c)]
  const iso = isoDate(year, month, day)
  return iso ? { iso, start: match.index, end: match.index + raw.length, text: raw } : null
}

function parseWritten(
  text: string,
  language: LanguageData,
  fallbackYear: number | undefined,
): ParsedDate | null {
  const dayFirst = DAY_MONTH_YEAR.exec(text)
  const monthFirst = MONTH_DAY_YEAR.exec(text)
  const options = [
    dayFirst && { match: dayFirst, day: dayFirst[1], month: dayFirst[2], year: dayFirst[3] },
    monthFirst && {
      match: monthFirst,
      day: monthFirst[2],
      month: monthFirst[1],
      year: monthFirst[3],
    },
  ]
  for (const option of options) {
    if (!option) continue
    const month = language.months[(option.month ?? '').toLowerCase()]
    const year = option.year ? Number(option.year) : fallbackYear
    if (!month || !year) continue
    const iso = isoDate(year, month, Number(option.day))
    if (iso)
      return {
        iso,
        start: option.match.index,
        end: option.match.index + option.match[0].length,
        text: option.match[0],
      }
  }
  return null
}

function fullYear(digits: string): number {
  const value = Number(digits)
  if (digits.length === 4) return value
  return value < TWO_DIGIT_YEAR_PIVOT ? 2000 + value : 1900 + value
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null
  return date.toISOString().slice(0, 10)
}
