// ISO 8601 dates and date-times are kept as written (a date-only value must not gain a midnight).
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
// V8's Date.parse accepts almost anything ("5" is May 2001); a four-digit year is required.
const HAS_YEAR = /\d{4}/

/** Returns an ISO 8601 form of a container's date (RFC 822 feed dates are converted), or undefined. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const trimmed = String(value).trim()
  if (!HAS_YEAR.test(trimmed)) return undefined
  const milliseconds = Date.parse(trimmed)
  if (Number.isNaN(milliseconds)) return undefined
  return ISO_8601.test(trimmed) ? trimmed : new Date(milliseconds).toISOString()
}
