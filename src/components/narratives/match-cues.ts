import type { Token } from '../../doc/tokenize.ts'
import type { CompiledCue, CueWord } from './compile-cues.ts'

/** Where a cue matched: the tokens from first to last. */
export interface CueMatch {
  readonly cue: CompiledCue
  readonly first: number
  readonly last: number
}

/** Finds every match of a cue in the tokens of one paragraph. */
export function matchCue(cue: CompiledCue, tokens: readonly Token[]): CueMatch[] {
  if (cue.kind === 'phrase') {
    const matches: CueMatch[] = []
    for (let index = 0; index < tokens.length; index++) {
      const length = longestPhraseAt(cue.phrases, tokens, index)
      if (length > 0) {
        matches.push({ cue, first: index, last: index + length - 1 })
        index += length - 1
      }
    }
    return matches
  }
  const lefts = positions(cue.left, tokens)
  const rights = positions(cue.right, tokens)
  const matches: CueMatch[] = []
  // Both lists are in token order: the right-hand candidates of a left term lie in a window found by a moving start.
  let from = 0
  for (const left of lefts) {
    while (from < rights.length && rights[from]!.first < left.first - cue.within) from++
    let right: { first: number; last: number } | undefined
    for (
      let index = from;
      index < rights.length && rights[index]!.first <= left.first + cue.within;
      index++
    ) {
      if (rights[index]!.first !== left.first) {
        right = rights[index]
        break
      }
    }
    if (!right) continue
    const first = Math.min(left.first, right.first)
    const last = Math.max(left.last, right.last)
    const previous = matches[matches.length - 1]
    if (!previous || previous.last < first) matches.push({ cue, first, last })
  }
  return matches
}

function positions(
  phrases: readonly CueWord[][],
  tokens: readonly Token[],
): { first: number; last: number }[] {
  const found: { first: number; last: number }[] = []
  for (let index = 0; index < tokens.length; index++) {
    const length = longestPhraseAt(phrases, tokens, index)
    if (length > 0) found.push({ first: index, last: index + length - 1 })
  }
  return found
}

function longestPhraseAt(
  phrases: readonly CueWord[][],
  tokens: readonly Token[],
  index: number,
): number {
  let best = 0
  for (const phrase of phrases) {
    if (phrase.length <= best) continue
    const fits = phrase.every((word, offset) => {
      const token = tokens[index + offset]
      if (!token) return false
      return word.isPrefix ? token.folded.startsWith(word.text) : token.folded === word.text
    })
    if (fits) best = phrase.length
  }
  return best
}
