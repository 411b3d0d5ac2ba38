import { forEachNgram } from '../../../src/components/langid/for-each-ngram.ts'
import { normalizeForNgrams } from '../../../src/components/langid/normalize-for-ngrams.ts'
import type { LabelledDoc } from './read-corpus.ts'

/**
 * Counts every 1–4-gram of every paragraph of the given documents, per gold language, for the listed languages.
 */
export function countNgrams(
  docs: readonly LabelledDoc[],
  languages: ReadonlySet<string>,
): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>()
  for (const lang of [...languages].sort()) counts.set(lang, new Map())
  for (const doc of docs) {
    const table = counts.get(doc.lang)
    if (table === undefined) continue
    for (const paragraph of doc.paragraphs) {
      forEachNgram(normalizeForNgrams(paragraph), (gram) => {
        table.set(gram, (table.get(gram) ?? 0) + 1)
      })
    }
  }
  return counts
}
