import { hashFeature } from './hash-feature.ts'

// The punctuation between two words, one class letter per mark: it stands in for the punctuation tokens that
// CoNLL files keep and our tokenizer drops, so the tagger sees the same thing from both.
const PUNCTUATION_CLASSES: readonly (readonly [RegExp, string])[] = [
  [/[.]/u, '.'],
  [/[!?…]/u, '!'],
  [/[,]/u, ','],
  [/[;:]/u, ':'],
  [/[([{]/u, '('],
  [/[)\]}]/u, ')'],
  [/[«»"“”„'’‘‹›]/u, '"'],
  [/[-‐‑–—]/u, '-'],
  [/[/\\]/u, '/'],
  [/[&+]/u, '&'],
  [/[\n\r]/u, 'n'],
]
const WHITESPACE = /[\s\u00a0]/u
// Three marks say enough (". »", "), "); longer runs are tables or layout.
const MAX_MARKS = 3

// Gaps repeat endlessly (" ", ", ", ". "): remember their classes, up to a bound for pathological input.
const MAX_CACHED_GAPS = 10_000
const MAX_CACHED_GAP_CHARS = 8
const gapCache = new Map<string, number>()

/** The hashed class of the text between two tokens: "" (glued), "_" (space), or its punctuation marks ("," or ".»"). */
export function gapClass(gap: string): number {
  const cached = gapCache.get(gap)
  if (cached !== undefined) return cached
  const hash = hashFeature(`gap=${gapSignature(gap)}`)
  if (gap.length <= MAX_CACHED_GAP_CHARS) {
    if (gapCache.size >= MAX_CACHED_GAPS) gapCache.clear()
    gapCache.set(gap, hash)
  }
  return hash
}

/** Hash of the class given to the gap before a sequence's first token. */
export const SEQUENCE_START_GAP = hashFeature('gap=^')

/** The gap's class as text: "0" when the tokens touch, "_" for white space only, else up to three marks. */
export function gapSignature(gap: string): string {
  if (gap.length === 0) return '0'
  let signature = ''
  for (const char of gap) {
    if (WHITESPACE.test(char) && char !== '\n' && char !== '\r') continue
    const mark = PUNCTUATION_CLASSES.find(([pattern]) => pattern.test(char))?.[1] ?? '*'
    if (signature.endsWith(mark)) continue
    signature += mark
    if (signature.length === MAX_MARKS) break
  }
  return signature || '_'
}
