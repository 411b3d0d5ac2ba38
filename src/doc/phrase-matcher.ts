import { type Token, tokenize } from './tokenize.ts'

/** A phrase of a lexicon found in a run of tokens. */
export interface PhraseMatch {
  /** Index of the first and last matched token. */
  readonly first: number
  readonly last: number
  readonly phrase: string
}

/**
 * Matches a lexicon of multi-word phrases ("a déclaré", "according to") against tokens by their folded forms,
 * longest phrase first, in time linear in the number of tokens.
 */
export class PhraseMatcher {
  private readonly byFirstWord = new Map<string, { words: string[]; phrase: string }[]>()

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = tokenize(phrase).map((token) => token.folded)
      const first = words[0]
      if (!first) continue
      const list = this.byFirstWord.get(first) ?? []
      list.push({ words, phrase })
      list.sort((a, b) => b.words.length - a.words.length)
      this.byFirstWord.set(first, list)
    }
  }

  /** True when some phrase of the lexicon starts with this folded word. */
  hasPhrasesStartingWith(folded: string): boolean {
    return this.byFirstWord.has(folded)
  }

  /** The longest phrase starting at token `index`, if any; `fold` maps a token to its lookup key. */
  matchAt(
    tokens: readonly Token[],
    index: number,
    fold: (token: Token) => string = defaultFold,
  ): PhraseMatch | null {
    const candidates = this.byFirstWord.get(fold(tokens[index]!))
    if (!candidates) return null
    for (const candidate of candidates) {
      const fits = candidate.words.every((word, offset) => {
        const token = tokens[index + offset]
        return token !== undefined && fold(token) === word
      })
      if (fits)
        return { first: index, last: index + candidate.words.length - 1, phrase: candidate.phrase }
    }
    return null
  }
}

function defaultFold(token: Token): string {
  return token.folded
}
