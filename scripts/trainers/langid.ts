/**
 * Trains Narrascope's language identifier from the shared research data and our own samples, writes
 * `models/langid.json` and `models/langid.card.md`, and prints held-out scores beside franc as JSON.
 *
 * Usage: node --import tsx scripts/trainers/langid.ts [--data ../shared/data] [--out models]
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  GRAM_SEPARATOR,
  type LangidModel,
  type ModelScript,
} from '../../src/components/langid/langid-model.ts'
import { compileModel } from '../../src/components/langid/load-model.ts'
import { scanText } from '../../src/components/langid/scan-text.ts'
import { type BuildOptions, buildModel } from './langid-lib/build-model.ts'
import { countNgrams } from './langid-lib/count-ngrams.ts'
import { evaluateHeldOut } from './langid-lib/evaluate-held-out.ts'
import { type CalibrationSample, fitCalibration } from './langid-lib/fit-calibration.ts'
import { HELD_OUT_SAMPLE_SOURCE, type LabelledDoc, readCorpus } from './langid-lib/read-corpus.ts'
import { splitBucket } from './langid-lib/split-bucket.ts'
import { stableStringify } from './langid-lib/stable-stringify.ts'
import { type TrainingReport, writeCard } from './langid-lib/write-card.ts'

/** Languages the n-gram model separates, per script; Hindi (Devanagari) is decided by rule. */
const MODEL_GROUPS: Record<ModelScript, readonly string[]> = {
  latin: ['de', 'en', 'es', 'fr', 'it', 'pl', 'pt'],
  cyrillic: ['bg', 'ru', 'uk'],
}

/** Buckets [0, 20) of 100 are the held-out test set: 20% of documents (plus our evaluation-only samples). */
const TEST_BUCKETS = 20

/** Buckets [20, 30) calibrate the confidence of a provisional model, then join the training data. */
const CALIBRATION_BUCKETS_END = 30

/** Calibration uses the same paragraphs the evaluation scores: at least this many code points. */
const MIN_CALIBRATION_CHARS = 20

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
const repoRoot = resolve(new URL('../..', import.meta.url).pathname)
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
    if ([...paragraph].length < MIN_CALIBRATION_CHARS) continue
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

const evaluation = evaluateHeldOut(
  testDocs,
  corpus.docs.filter((doc) => roleOf(doc) !== 'test'),
  model,
  modelBytes.toString('utf8'),
)

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
  ...evaluation,
}
console.log(JSON.stringify(report, null, 2))
writeFileSync(join(outDir, 'langid.card.md'), writeCard(report))
