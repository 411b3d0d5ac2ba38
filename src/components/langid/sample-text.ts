/** Longest text scored whole; ~2000 characters already give a stable guess, so longer texts are sampled. */
export const MAX_SAMPLE_CHARS = 2000

/** Windows taken from a long text: beginning, middle and end, so a foreign preamble cannot decide alone. */
const SAMPLE_WINDOWS = 3

/** How far a window edge may move to land on whitespace instead of cutting a word in two. */
const BOUNDARY_SEARCH_CHARS = 40

/** Matches one whitespace character. */
const WHITESPACE = /\s/

/**
 * Returns the text itself when short, otherwise about `maxChars` characters from its beginning, middle and end.
 */
export function sampleText(text: string, maxChars: number = MAX_SAMPLE_CHARS): string {
  if (text.length <= maxChars) return text
  const windowLength = Math.floor(maxChars / SAMPLE_WINDOWS)
  const lastStart = text.length - windowLength
  const windows: string[] = []
  for (let window = 0; window < SAMPLE_WINDOWS; window++) {
    const start = Math.round((lastStart * window) / (SAMPLE_WINDOWS - 1))
    const from = window === 0 ? 0 : moveToBoundary(text, start, 1)
    const to =
      window === SAMPLE_WINDOWS - 1 ? text.length : moveToBoundary(text, start + windowLength, -1)
    windows.push(text.slice(from, Math.max(from, to)))
  }
  return windows.join('\n')
}

/** Moves `position` in `direction` to the nearest whitespace within the search distance, else leaves it. */
function moveToBoundary(text: string, position: number, direction: 1 | -1): number {
  for (let step = 0; step <= BOUNDARY_SEARCH_CHARS; step++) {
    const candidate = position + step * direction
    if (candidate <= 0 || candidate >= text.length) return candidate <= 0 ? 0 : text.length
    if (WHITESPACE.test(text.charAt(candidate))) return candidate
  }
  const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff
  return isLowSurrogate(text.charCodeAt(position)) ? position + 1 : position
}
