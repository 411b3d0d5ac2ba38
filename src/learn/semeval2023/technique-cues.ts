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

/** What in a span could be named as a cue, whatever the label: lexicon cues and candidate words, in order. */
export interface CueCandidates {
  readonly cues: readonly {
    readonly group: number
    readonly surface: string
    readonly rows: number[]
  }[]
  /** Content words (not grammar, not inside a skipped span), with their weight rows and idf. */
  readonly words: readonly {
    readonly surface: string
    readonly rows: readonly { readonly row: number; readonly idf: number }[]
  }[]
}

/**
 * The lexicon cues and content words of `text[start, end)` that labelCues weighs, leaving out what a span
 * `skipSpan` rules out, grammar words (stopwords, auxiliary verbs) and words shorter than three letters. A sentence that is evidence for
 * several labels is read once.
 */
export function cueCandidates(
  model: CompiledModel,
  text: string,
  span: { start: number; end: number },
  lang: string | null,
  skipSpan: (start: number, end: number) => boolean = () => false,
): CueCandidates {
  const { layout, idf, features } = model
  const settings = settingsOf(model, lang)
  const record = spanRecord(model, text, span, lang)
  const cues = record.cues
    .filter((cue) => !skipSpan(cue.start, cue.end))
    .map((cue) => ({
      group: cue.group,
      surface: text.slice(cue.start, cue.end),
      rows: cueIndex(cue.group, null).map((index) => layout.cueOffset + index),
    }))
  const data = languageData(lang)
  const stopwords = foldedSet(data?.stopwords ?? [])
  const auxiliaries = foldedSet(data?.auxiliaryVerbs ?? [])
  const isGrammar = (folded: string) => stopwords.has(folded) || auxiliaries.has(folded)
  return {
    cues,
    words: record.words
      .filter((word) => word.end - word.start >= Math.max(features.minWordLength, MIN_CUE_LENGTH))
      .filter((word) => !skipSpan(word.start, word.end))
      .map((word) => ({ surface: text.slice(word.start, word.end), hash: word.hash }))
      .filter(({ surface }) => HAS_LETTER.test(surface) && !isGrammar(foldWord(surface)))
      .map(({ surface, hash }) => ({
        surface,
        rows: unigramIndexes(hash, settings).map((index) => ({
          row: layout.wordOffset + index,
          idf: idf.words.weights[index] ?? 1,
        })),
      })),
  }
}

/**
 * The cues that fired for a label among a span's candidates: lexicon phrases whose family the model weighs
 * towards the label (`fear: "catastrophe"`), then the words whose unigram weight times idf pushes hardest
 * towards it (none weighing under a third of the heaviest).
 */
export function labelCues(
  model: CompiledModel,
  label: number,
  candidates: CueCandidates,
): string[] {
  const { classifier } = model
  const labelCount = classifier.labelCount
  const weightOf = (row: number) => classifier.weights[row * labelCount + label] ?? 0
  const found: string[] = []
  const seen = new Set<string>()
  for (const cue of candidates.cues) {
    const weight = cue.rows.reduce((sum, row) => sum + weightOf(row), 0)
    const key = cue.surface.toLowerCase()
    if (weight <= 0 || seen.has(key)) continue
    seen.add(key)
    found.push(`${CUE_GROUPS[cue.group]}: "${cue.surface}"`)
  }
  const words = candidates.words
    .map((word) => ({
      surface: word.surface,
      weight: word.rows.reduce((sum, { row, idf }) => sum + weightOf(row) * idf, 0),
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
