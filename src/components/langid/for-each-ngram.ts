/** Longest character n-gram the identifier uses; 4-grams capture short function words with their boundaries. */
export const MAX_NGRAM_ORDER = 4

/**
 * Calls `visit` with every 1- to 4-gram of an already normalised string, skipping the lone-space unigram.
 */
export function forEachNgram(normalized: string, visit: (gram: string) => void): void {
  const length = normalized.length
  for (let start = 0; start < length; start++) {
    const longest = Math.min(MAX_NGRAM_ORDER, length - start)
    for (let order = 1; order <= longest; order++) {
      if (order === 1 && normalized.charCodeAt(start) === 0x20) continue
      visit(normalized.slice(start, start + order))
    }
  }
}
