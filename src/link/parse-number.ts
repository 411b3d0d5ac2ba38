// Digits grouped by thousands with a comma, dot, space, no-break or narrow no-break space ("3,000", "3.000",
// "3 000", "3 000"), then an optional decimal part. Group separators must be followed by exactly three digits,
// which is what tells "1.100" (one thousand one hundred, German) from "2.1" (two point one).
const GROUPED = /^(\d{1,3})((?:[ ,.\u00a0\u202f]\d{3})+)(?:[.,](\d+))?$/u
const PLAIN = /^(\d+)(?:[.,](\d+))?$/u
const GROUP_SEPARATORS = /[ ,.\u00a0\u202f]/gu

/**
 * The value of a number as written in any of our languages, as a canonical string ("3 000", "3,000" and "3.000"
 * all give "3000"; "2,5" and "2.5" give "2.5"), or null when the text is not a number.
 */
export function parseNumber(text: string): string | null {
  // Grouping first: "1,100" is English for 1100, and a three-digit decimal part is rare in news.
  const grouped = GROUPED.exec(text)
  if (grouped) {
    const whole = `${grouped[1] ?? ''}${(grouped[2] ?? '').replace(GROUP_SEPARATORS, '')}`
    return canonical(whole, grouped[3])
  }
  const plain = PLAIN.exec(text)
  return plain ? canonical(plain[1] ?? '', plain[2]) : null
}

function canonical(whole: string, fraction: string | undefined): string {
  const integer = whole.replace(/^0+(?=\d)/u, '')
  const decimals = (fraction ?? '').replace(/0+$/u, '')
  return decimals ? `${integer}.${decimals}` : integer
}
