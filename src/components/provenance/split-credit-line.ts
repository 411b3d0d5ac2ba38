/** A piece of a credit line between separators, with offsets into the line. */
export interface CreditSegment {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Written in parentheses or brackets: "Helga Streibl (Der Abendkurier)". */
  readonly parenthetical: boolean
}

// Credit lines join their parts with bars, middle dots, spaced dashes, semicolons, commas, sentence ends and
// parentheses: "By Daniel Whitcombe | The Meridian Review | 2 April 2025", "Traduction : Christine Dubois pour Le
// Grand Soir Libre. Source : Tribuna del Sur (tribunadelsur.example)".
const SEPARATOR = /\s+[|·•–—]\s+|\s+-\s+|;\s+|,\s+|\.\s+(?=[\p{Lu}«"“(])|[()[\]]/gu
// A period after an initial or an abbreviation ("Jan P. Smith", "Trad. X", "Dr. Y") ends no part.
const SHORT_WORD_BEFORE = /(?:^|[\s'’])(?:\p{L}{1,2}|trad|prof)$/iu
const TRIM = /^[\s:.,;–—-]+|[\s.,;–—-]+$/gu

/**
 * Splits a credit line into its parts. `keep` ranges (a date such as "July 20, 2024", a URL) are never split.
 * @example splitCreditLine('Ramiro Echeverría · 15/06/2024 · Fuente: Tribuna del Sur', []) // three parts
 */
export function splitCreditLine(
  line: string,
  keep: readonly { start: number; end: number }[],
): CreditSegment[] {
  const segments: CreditSegment[] = []
  let from = 0
  let parenthetical = false
  const push = (end: number) => {
    const raw = line.slice(from, end)
    const lead = raw.length - raw.replace(/^[\s:.,;–—-]+/u, '').length
    const text = raw.replace(TRIM, '')
    if (text)
      segments.push({ start: from + lead, end: from + lead + text.length, text, parenthetical })
  }
  for (const match of line.matchAll(SEPARATOR)) {
    const at = match.index
    if (keep.some((range) => at >= range.start && at < range.end)) continue
    const separator = match[0]
    if (separator.startsWith('.') && SHORT_WORD_BEFORE.test(line.slice(0, at))) continue
    push(at)
    from = at + separator.length
    if (separator === '(' || separator === '[') parenthetical = true
    else if (separator === ')' || separator === ']') parenthetical = false
  }
  push(line.length)
  return segments
}
