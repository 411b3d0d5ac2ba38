import { foldWord } from '../../doc/tokenize.ts'
import { foldedSet } from '../../lang/folded-set.ts'
import { languageData } from '../../lang/index.ts'
import { CUE_GROUPS } from '../../lang/persuasion-cues.ts'
import type { CompiledModel } from './compile-model.ts'
import { articleScanSettings } from './scan-article.ts'
import {
  cueIndex,
  type ScanRecord,
  type ScanSettings,
  scanSpan,
  unigramIndexes,
} from './scan-span.ts'

// At most this many words are named as the cues of one technique: enough to judge, few enough to read.
const MAX_WORD_CUES = 3
// A word is named only when it weighs at least this share of the heaviest word: the rest only tipped the balance.
const MIN_SHARE_OF_TOP = 0.3
// Shorter words ("de", "la", "le") are grammar, not cues.
const MIN_CUE_LENGTH = 3
const HAS_LETTER = /\p{L}/u

// Scan settings hash the language and every cue family: built once per model and language.
const settingsCache = new WeakMap<CompiledModel, Map<string | null, ScanSettings>>()

function settingsOf(model: CompiledModel, lang: string | null): ScanSettings {
  let byLang = settingsCache.get(model)
  if (!byLang) {
    byLang = new Map()
    settingsCache.set(model, byLang)
  }
  let settings = byLang.get(lang)
  if (!settings) {
    settings = articleScanSettings(model.features, model.cues(lang), lang)
    byLang.set(lang, settings)
  }
  return settings
}

/**
 * The words and lexicon cues of `text[start, end)` as the technique scanner reads them (nothing is counted);
 * scan a sentence once for all the labels whose cues it shows.
 */
export function spanRecord(
  model: CompiledModel,
  text: string,
  span: { start: number; end: number },
  lang: string | null,
): ScanRecord {
  const settings = settingsOf(model, lang)
  const record: ScanRecord = { words: [], cues: [] }
  const sink = { words: null, chars: null, cues: null }
  scanSpan(
    text,
    span.start,
    span.end,
    settings,
    sink,
    { flags: 0, wordCount: 0, contentWords: [] },
    record,
  )
  return record
}

/**
 * The cues that fired for a label in `text[start, end)`: lexicon phrases whose family the model weighs towards
 * the label (`fear: "catastrophe"`), then the words whose unigram weight times idf pushes hardest towards it
 * (not grammar words, no word or lexicon cue inside a span `skipSpan` rules out, and none weighing under a third of the heaviest).
 */
export function labelCues(
  model: CompiledModel,
  label: number,
  text: string,
  span: { start: number; end: number },
  lang: string | null,
  skipSpan: (start: number, end: number) => boolean = () => false,
  record: ScanRecord = spanRecord(model, text, span, lang),
): string[] {
  const { classifier, layout, idf, features } = model
  const settings = settingsOf(model, lang)
  const labelCount = classifier.labelCount
  const weightOf = (row: number) => classifier.weights[row * labelCount + label] ?? 0
  const found: string[] = []
  const seen = new Set<string>()
  for (const cue of record.cues) {
    const surface = text.slice(cue.start, cue.end)
    const weight = cueIndex(cue.group, null).reduce(
      (sum, index) => sum + weightOf(layout.cueOffset + index),
      0,
    )
    const key = surface.toLowerCase()
    if (weight <= 0 || seen.has(key) || skipSpan(cue.start, cue.end)) continue
    seen.add(key)
    found.push(`${CUE_GROUPS[cue.group]}: "${surface}"`)
  }
  const stopwords = foldedSet(languageData(lang)?.stopwords ?? [])
  const words = record.words
    .filter((word) => word.end - word.start >= Math.max(features.minWordLength, MIN_CUE_LENGTH))
    .filter((word) => !skipSpan(word.start, word.end))
    .filter((word) => {
      const surface = text.slice(word.start, word.end)
      return HAS_LETTER.test(surface) && !stopwords.has(foldWord(surface))
    })
    .map((word) => ({
      surface: text.slice(word.start, word.end),
      weight: unigramIndexes(word.hash, settings).reduce(
        (sum, index) => sum + weightOf(layout.wordOffset + index) * (idf.words.weights[index] ?? 1),
        0,
      ),
    }))
    .filter((word) => word.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.surface < b.surface ? -1 : 1))
  const floor = (words[0]?.weight ?? 0) * MIN_SHARE_OF_TOP
  let named = 0
  for (const word of words) {
    if (word.weight < floor) break
    const key = word.surface.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    found.push(`"${word.surface}"`)
    if (++named >= MAX_WORD_CUES) break
  }
  return found
}
