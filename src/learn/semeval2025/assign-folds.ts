import { finishHash, hashString } from '../hash-string.ts'

/**
 * Deals documents to `foldCount` folds, language by language in a hashed order, so that each fold holds about the
 * same share of every language and the same document always lands in the same fold.
 */
export function assignFolds(
  documents: readonly { id: string; lang: string }[],
  foldCount: number,
  seed: number,
): number[] {
  const folds = new Array<number>(documents.length).fill(0)
  const byLang = new Map<string, number[]>()
  documents.forEach((document, index) => {
    byLang.set(document.lang, [...(byLang.get(document.lang) ?? []), index])
  })
  for (const indexes of byLang.values()) {
    const keyed = indexes.map((index) => ({
      index,
      key: finishHash(hashString(documents[index]!.id, seed >>> 0)),
    }))
    keyed.sort((a, b) => a.key - b.key || a.index - b.index)
    keyed.forEach(({ index }, rank) => {
      folds[index] = rank % foldCount
    })
  }
  return folds
}
