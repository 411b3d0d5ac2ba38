import { performance } from 'node:perf_hooks'
import { franc } from 'franc'
import { detectLanguage } from '../../../src/components/langid/detect-language.ts'
import { type CompiledModel, compileModel } from '../../../src/components/langid/load-model.ts'
import { type AccuracyTable, accuracyTable, type EvalItem } from './accuracy-table.ts'
import type { LabelledDoc } from './read-corpus.ts'
import { timeSystem } from './time-system.ts'
import type { TrainingReport } from './write-card.ts'

/** franc's ISO 639-3 answers mapped to our BCP 47 subtags. */
const FRANC_CODES: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  pol: 'pl',
  rus: 'ru',
  bul: 'bg',
  hin: 'hi',
  por: 'pt',
  spa: 'es',
  ukr: 'uk',
}

/** Paragraphs shorter than this (in code points) carry too little signal and are not evaluated. */
const MIN_EVAL_CHARS = 20

/** Paragraphs up to this length are also reported as "short", the hardest realistic case (titles, captions). */
const SHORT_MAX_CHARS = 60

/** Confidence bins [from, to) of the reliability table; the last bin includes 1. */
const RELIABILITY_BINS = [0, 0.5, 0.8, 0.95, 0.99, 1]

/** Most frequent confusions listed in the report. */
const TOP_CONFUSIONS = 12

/** Rounds a measurement for the report. */
const round = (value: number, decimals = 3): number => Number(value.toFixed(decimals))

/**
 * Scores our identifier and franc on held-out paragraphs, short paragraphs and documents, and times them.
 */
export function evaluateHeldOut(
  testDocs: readonly LabelledDoc[],
  trainDocs: readonly LabelledDoc[],
  model: CompiledModel,
  modelJson: string,
): Pick<TrainingReport, 'heldOut' | 'speed'> {
  const trainParagraphs = new Set(trainDocs.flatMap((doc) => doc.paragraphs))
  const allTestParagraphs = testDocs.flatMap((doc) =>
    doc.paragraphs.map((text) => ({ text, lang: doc.lang })),
  )
  const paragraphs: EvalItem[] = allTestParagraphs.filter(
    (item) => [...item.text].length >= MIN_EVAL_CHARS && !trainParagraphs.has(item.text),
  )
  const seenInTraining =
    allTestParagraphs.filter((item) => [...item.text].length >= MIN_EVAL_CHARS).length -
    paragraphs.length
  const shortParagraphs = paragraphs.filter((item) => [...item.text].length <= SHORT_MAX_CHARS)
  const documents: EvalItem[] = testDocs.map((doc) => ({
    text: doc.paragraphs.join('\n'),
    lang: doc.lang,
  }))

  const francOnly = Object.keys(FRANC_CODES)
  const systems: Record<string, (text: string) => string> = {
    ours: (text) => detectLanguage(text, model)?.lang ?? 'und',
    franc: (text) => FRANC_CODES[franc(text)] ?? 'other',
    francOnly: (text) => FRANC_CODES[franc(text, { only: francOnly })] ?? 'other',
  }
  const tabulate = (items: readonly EvalItem[]): AccuracyTable =>
    accuracyTable(
      items,
      Object.fromEntries(
        Object.entries(systems).map(([name, predict]) => [
          name,
          items.map((item) => predict(item.text)),
        ]),
      ),
    )

  const confusions = new Map<string, number>()
  const reliability = RELIABILITY_BINS.slice(1).map((to, index) => ({
    from: RELIABILITY_BINS[index] ?? 0,
    to,
    n: 0,
    correct: 0,
    confidence: 0,
  }))
  for (const item of paragraphs) {
    const guess = detectLanguage(item.text, model)
    const lang = guess?.lang ?? 'und'
    if (lang !== item.lang)
      confusions.set(`${item.lang}→${lang}`, (confusions.get(`${item.lang}→${lang}`) ?? 0) + 1)
    const bin = reliability.find((entry) => (guess?.confidence ?? 0) < entry.to || entry.to === 1)
    if (bin !== undefined) {
      bin.n++
      bin.correct += lang === item.lang ? 1 : 0
      bin.confidence += guess?.confidence ?? 0
    }
  }

  const speedTexts = paragraphs.map((item) => item.text)
  const speedChars = speedTexts.reduce((sum, text) => sum + text.length, 0)
  const timings = Object.fromEntries(
    Object.entries(systems).map(([name, predict]) => [name, timeSystem(speedTexts, predict)]),
  )
  const oursMs = timings.ours ?? Number.NaN
  const loadStart = performance.now()
  compileModel(JSON.parse(modelJson))
  const loadMs = performance.now() - loadStart

  return {
    heldOut: {
      minChars: MIN_EVAL_CHARS,
      shortMaxChars: SHORT_MAX_CHARS,
      paragraphsSeenInTrainingExcluded: seenInTraining,
      paragraphs: tabulate(paragraphs),
      shortParagraphs: tabulate(shortParagraphs),
      documents: tabulate(documents),
      oursTopConfusions: Object.fromEntries(
        [...confusions]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, TOP_CONFUSIONS),
      ),
      oursReliability: reliability.map((bin) => ({
        from: bin.from,
        to: bin.to,
        n: bin.n,
        meanConfidence: round(bin.confidence / Math.max(1, bin.n)),
        accuracy: round(bin.correct / Math.max(1, bin.n)),
      })),
    },
    speed: {
      paragraphs: speedTexts.length,
      chars: speedChars,
      ms: Object.fromEntries(Object.entries(timings).map(([name, ms]) => [name, round(ms, 1)])),
      microsecondsPerParagraph: Object.fromEntries(
        Object.entries(timings).map(([name, ms]) => [
          name,
          round((ms * 1000) / speedTexts.length, 1),
        ]),
      ),
      speedupVsFranc: round((timings.franc ?? Number.NaN) / oursMs, 2),
      speedupVsFrancOnly: round((timings.francOnly ?? Number.NaN) / oursMs, 2),
      modelLoadMs: round(loadMs, 1),
    },
  }
}
