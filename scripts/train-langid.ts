/**
 * Trains Narrascope's language identifier from the shared research data and our own samples, writes
 * `models/langid.json` and `models/langid.card.md`, and prints held-out scores beside franc as JSON.
 *
 * Usage: node --import tsx scripts/train-langid.ts [--data ../shared/data] [--out models]
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { franc } from 'franc'
import { detectLanguage } from '../src/components/langid/detect-language.ts'
import {
  GRAM_SEPARATOR,
  type LangidModel,
  type ModelScript,
} from '../src/components/langid/langid-model.ts'
import { compileModel } from '../src/components/langid/load-model.ts'
import { scanText } from '../src/components/langid/scan-text.ts'
import { type AccuracyTable, accuracyTable, type EvalItem } from './langid/accuracy-table.ts'
import { type BuildOptions, buildModel } from './langid/build-model.ts'
import { countNgrams } from './langid/count-ngrams.ts'
import { type CalibrationSample, fitCalibration } from './langid/fit-calibration.ts'
import { HELD_OUT_SAMPLE_SOURCE, type LabelledDoc, readCorpus } from './langid/read-corpus.ts'
import { splitBucket } from './langid/split-bucket.ts'
import { stableStringify } from './langid/stable-stringify.ts'
import { timeSystem } from './langid/time-system.ts'
import { type TrainingReport, writeCard } from './langid/write-card.ts'

/** Languages the n-gram model separates, per script; Hindi (Devanagari) is decided by rule. */
const MODEL_GROUPS: Record<ModelScript, readonly string[]> = {
  latin: ['de', 'en', 'es', 'fr', 'it', 'pl', 'pt'],
  cyrillic: ['bg', 'ru', 'uk'],
}

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

/** Buckets [0, 20) of 100 are the held-out test set: 20% of documents (plus our evaluation-only samples). */
const TEST_BUCKETS = 20

/** Buckets [20, 30) calibrate the confidence of a provisional model, then join the training data. */
const CALIBRATION_BUCKETS_END = 30

/** Paragraphs shorter than this (in code points) carry too little signal and are not evaluated. */
const MIN_EVAL_CHARS = 20

/** Paragraphs up to this length are also reported as "short", the hardest realistic case (titles, captions). */
const SHORT_MAX_CHARS = 60

/** Model knobs, chosen on the calibration buckets (never on the test buckets). */
const BUILD_OPTIONS: Omit<BuildOptions, 'calibration'> = {
  topPerLanguage: 10000,
  priorMass: 2000,
  quantization: 10,
  penaltyCapNats: 12,
}

const { values: args } = parseArgs({
  options: { data: { type: 'string' }, out: { type: 'string' } },
})
const repoRoot = resolve(new URL('..', import.meta.url).pathname)
const dataRoot = resolve(args.data ?? join(repoRoot, '..', 'shared', 'data'))
const outDir = resolve(args.out ?? join(repoRoot, 'models'))
const samplesDir = join(repoRoot, 'src', 'components', 'langid', 'samples')

const corpus = readCorpus(dataRoot, samplesDir)
const modelLanguages = new Set(Object.values(MODEL_GROUPS).flat())
type Role = 'test' | 'calibration' | 'fit'
const roles = new Map<string, Role>(
  corpus.docs.map((doc) => {
    const bucket = splitBucket(doc.id)
    if (doc.source === HELD_OUT_SAMPLE_SOURCE || bucket < TEST_BUCKETS) return [doc.id, 'test']
    return [doc.id, bucket < CALIBRATION_BUCKETS_END ? 'calibration' : 'fit']
  }),
)
const roleOf = (doc: LabelledDoc): Role => roles.get(doc.id) ?? 'test'
const testDocs = corpus.docs.filter((doc) => roleOf(doc) === 'test')
const calibrationDocs = corpus.docs.filter((doc) => roleOf(doc) === 'calibration')
const fitDocs = corpus.docs.filter((doc) => roleOf(doc) === 'fit')

const fitCounts = countNgrams(fitDocs, modelLanguages)
const provisional = compileModel(
  buildModel(fitCounts, MODEL_GROUPS, {
    ...BUILD_OPTIONS,
    calibration: { scale: 1, lengthExponent: 0 },
  }),
)
const calibrationSamples: CalibrationSample[] = []
for (const doc of calibrationDocs) {
  const groupIndex = provisional.groups.findIndex((group) => group.languages.includes(doc.lang))
  const truth = provisional.groups[groupIndex]?.languages.indexOf(doc.lang) ?? -1
  for (const paragraph of doc.paragraphs) {
    if ([...paragraph].length < MIN_EVAL_CHARS) continue
    const evidence = scanText(paragraph, provisional).evidence[groupIndex]
    if (evidence !== undefined && evidence.matched > 0 && truth >= 0)
      calibrationSamples.push({ evidence, truth })
  }
}
const calibration = fitCalibration(calibrationSamples, BUILD_OPTIONS.quantization)

const counts = countNgrams(calibrationDocs, modelLanguages)
for (const [lang, table] of fitCounts) {
  const merged = counts.get(lang) ?? new Map<string, number>()
  for (const [gram, count] of table) merged.set(gram, (merged.get(gram) ?? 0) + count)
  counts.set(lang, merged)
}
const artefact: LangidModel = buildModel(counts, MODEL_GROUPS, {
  ...BUILD_OPTIONS,
  calibration: { scale: calibration.scale, lengthExponent: calibration.lengthExponent },
})
mkdirSync(outDir, { recursive: true })
const modelPath = join(outDir, 'langid.json')
writeFileSync(modelPath, `${stableStringify(artefact)}\n`)
const modelBytes = readFileSync(modelPath)
const model = compileModel(JSON.parse(modelBytes.toString('utf8')))

const trainParagraphs = new Set(
  corpus.docs.filter((doc) => roleOf(doc) !== 'test').flatMap((doc) => doc.paragraphs),
)
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
/** Confidence bins [from, to) of the reliability table; the last bin includes 1. */
const RELIABILITY_BINS = [0, 0.5, 0.8, 0.95, 0.99, 1]
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
compileModel(JSON.parse(modelBytes.toString('utf8')))
const loadMs = performance.now() - loadStart

const languageStats = Object.fromEntries(
  [...new Set(corpus.docs.map((doc) => doc.lang))].sort().map((lang) => {
    const ofLang = corpus.docs.filter((doc) => doc.lang === lang)
    const train = ofLang.filter((doc) => roleOf(doc) !== 'test')
    const chars = train.reduce(
      (sum, doc) => sum + doc.paragraphs.reduce((total, text) => total + text.length, 0),
      0,
    )
    const sources = [...new Set(ofLang.map((doc) => doc.source))].sort()
    return [
      lang,
      {
        trainDocs: train.length,
        testDocs: ofLang.length - train.length,
        trainChars: chars,
        sources,
      },
    ]
  }),
)
const round = (value: number, decimals = 3): number => Number(value.toFixed(decimals))
const report: TrainingReport = {
  data: { duplicatesDropped: corpus.duplicatesDropped, languages: languageStats },
  model: {
    file: 'models/langid.json',
    bytes: modelBytes.length,
    sha256: createHash('sha256').update(modelBytes).digest('hex'),
    grams: Object.fromEntries(
      Object.entries(artefact.groups).map(([script, group]) => [
        script,
        group.grams.split(GRAM_SEPARATOR).length,
      ]),
    ),
    options: { ...BUILD_OPTIONS },
    calibration,
    calibrationParagraphs: calibrationSamples.length,
  },
  heldOut: {
    minChars: MIN_EVAL_CHARS,
    shortMaxChars: SHORT_MAX_CHARS,
    paragraphsSeenInTrainingExcluded: seenInTraining,
    paragraphs: tabulate(paragraphs),
    shortParagraphs: tabulate(shortParagraphs),
    documents: tabulate(documents),
    oursTopConfusions: Object.fromEntries(
      [...confusions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 12),
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
console.log(JSON.stringify(report, null, 2))
writeFileSync(join(outDir, 'langid.card.md'), writeCard(report))
