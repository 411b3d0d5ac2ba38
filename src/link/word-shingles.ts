import { hashString } from './hash-string.ts'
import { parseNumber } from './parse-number.ts'
import { type ScannedToken, scanTokens } from './scan-tokens.ts'

// Five words: long enough that independent texts rarely share one ("a déclaré que le" is four), short enough
// that light editing (a changed word every sentence) leaves most of them intact.
export const SHINGLE_WORDS = 5
// Keep the shingles whose hash is 0 modulo this: a consistent sample (the same shingle is kept in every text
// that has it), so shared samples estimate shared shingles, containment included, at a quarter of the memory.
// Broder's "mod m" selection; unlike MinHash banding it estimates containment, which excerpts need.
export const SHINGLE_SAMPLE = 4
const MIX = 0x9e3779b1

/** The sampled, sorted, distinct hashes of the text's five-word shingles (folded words, normalised numbers). */
export function wordShingles(
  text: string,
  tokens: readonly ScannedToken[] = scanTokens(text),
): Uint32Array {
  const words: number[] = []
  for (const token of tokens) {
    if (token.kind === 'word') words.push(hashString(shingleWord(token.text)))
    else if (token.kind === 'number') words.push(hashString(parseNumber(token.text) ?? token.text))
  }
  const sampled = new Set<number>()
  for (let start = 0; start + SHINGLE_WORDS <= words.length; start++) {
    let hash = 0
    for (let offset = 0; offset < SHINGLE_WORDS; offset++)
      hash = (Math.imul(hash ^ words[start + offset]!, MIX) + offset) >>> 0
    hash ^= hash >>> 15
    if (hash % SHINGLE_SAMPLE === 0) sampled.add(hash)
  }
  return Uint32Array.from(sampled).sort()
}

// Lower case is enough for same-language copies (they keep their accents); only the apostrophe varies.
function shingleWord(word: string): string {
  const lower = word.toLowerCase()
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower
}

/** How many values two sorted arrays share. */
export function countShared(a: Uint32Array, b: Uint32Array): number {
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared
}
