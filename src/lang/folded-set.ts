import { foldWord } from '../doc/tokenize.ts'

const cache = new WeakMap<readonly string[], ReadonlySet<string>>()

/** The folded forms of a word list as a set, built once per list (language data lists are constants). */
export function foldedSet(words: readonly string[]): ReadonlySet<string> {
  const cached = cache.get(words)
  if (cached) return cached
  const set = new Set(words.map(foldWord))
  cache.set(words, set)
  return set
}
