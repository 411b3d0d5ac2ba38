import type { Token } from '../../doc/tokenize.ts'

/** A run of tokens tagged together: tokens [first, end), whose sentence text ends at `limit`. */
export interface TokenSequence {
  readonly first: number
  readonly end: number
  readonly limit: number
}

// Sentence-final punctuation, then white space or a line break, optionally closing quotes or brackets between.
const SENTENCE_GAP = /[.!?…]["'»”’)\]]*\s|\n/u

/**
 * Cuts tokens into sentences: by the given sentence spans when there are some, else where the text between two
 * tokens ends a sentence. Tokens outside every given sentence are grouped by the same gap rule.
 */
export function splitSequences(
  text: string,
  tokens: readonly Token[],
  sentences?: readonly { readonly start: number; readonly end: number }[],
): TokenSequence[] {
  const sentenceOf = sentenceIndexes(tokens, sentences ?? [])
  const sequences: TokenSequence[] = []
  const close = (first: number, end: number): void => {
    const span = sentences?.[sentenceOf[first]!]
    sequences.push({ first, end, limit: span ? span.end : (tokens[end]?.start ?? text.length) })
  }
  let first = 0
  for (let index = 1; index < tokens.length; index++) {
    const isBreak =
      sentenceOf[index] !== sentenceOf[index - 1] ||
      (sentenceOf[index] === -1 &&
        SENTENCE_GAP.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start)))
    if (!isBreak) continue
    close(first, index)
    first = index
  }
  if (tokens.length > 0) close(first, tokens.length)
  return sequences
}

// The index of the sentence span holding each token's start, or -1; both lists are in text order.
function sentenceIndexes(
  tokens: readonly Token[],
  sentences: readonly { readonly start: number; readonly end: number }[],
): Int32Array {
  const indexes = new Int32Array(tokens.length).fill(-1)
  let sentence = 0
  tokens.forEach((token, index) => {
    while (sentence < sentences.length && sentences[sentence]!.end <= token.start) sentence++
    const span = sentences[sentence]
    if (span && span.start <= token.start) indexes[index] = sentence
  })
  return indexes
}
