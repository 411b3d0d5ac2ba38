/**
 * Trains Narrascope's named-entity taggers from WikiNEuRal (en, fr), writes `models/ner-LANG.json` and
 * `models/ner.card.md`, and prints held-out scores.
 *
 * Usage: node --import tsx scripts/trainers/ner.ts [--data ../shared/data] [--out models] [--lang fr]
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { conllExample } from '../../src/learn/ner/conll-example.ts'
import { formatHeldOut } from '../../src/learn/ner/format-held-out.ts'
import { readNerModel } from '../../src/learn/ner/load-ner-model.ts'
import { nerModelJson } from '../../src/learn/ner/ner-model-json.ts'
import { readConll } from '../../src/learn/ner/read-conll.ts'
import { readNerTrainingFile } from '../../src/learn/ner/read-training-file.ts'
import { sentenceBucket } from '../../src/learn/ner/sentence-bucket.ts'
import { NER_TRAINING_DEFAULTS, trainNerLanguage } from '../../src/learn/ner/train-ner-language.ts'
import { measureSpeed } from './ner-lib/measure-speed.ts'
import { type NerCardEntry, writeNerCard } from './ner-lib/write-ner-card.ts'

/** Languages with NER training data in ../shared/data/ner/wikineural. */
const LANGUAGES = ['en', 'fr'] as const

const { values: args } = parseArgs({
  options: { data: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } },
})
const repoRoot = resolve(new URL('../..', import.meta.url).pathname)
const dataRoot = resolve(args.data ?? join(repoRoot, '..', 'shared', 'data'))
const outDir = resolve(args.out ?? join(repoRoot, 'models'))
const languages = args.lang ? [args.lang] : LANGUAGES

mkdirSync(outDir, { recursive: true })
const entries: NerCardEntry[] = []
for (const lang of languages) {
  const { content } = readNerTrainingFile(join(dataRoot, 'ner', 'wikineural', lang))
  const run = trainNerLanguage(content, lang, {
    ...NER_TRAINING_DEFAULTS,
    log: (line) => console.log(line),
  })
  const file = `ner-${lang}.json`
  const path = join(outDir, file)
  writeFileSync(path, nerModelJson(run))
  const bytes = readFileSync(path)
  // Speed is measured on the artefact as shipped, read back from disk.
  const tagger = readNerModel(path)
  const heldOutText = readConll(content)
    .filter((sentence) => sentenceBucket(sentence.tokens) < NER_TRAINING_DEFAULTS.testPercent)
    .map((sentence) => conllExample(sentence, 'conll').text)
    .join(' ')
  const speed = measureSpeed(tagger, heldOutText)
  entries.push({
    run,
    file: `models/${file}`,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    speed,
  })
  console.log(formatHeldOut(run))
  console.log(
    `ner ${lang}: ${(bytes.length / 1024).toFixed(0)} KiB, ${Math.round(speed.tokensPerSecond)} tokens/s`,
  )
}
if (!args.lang) writeFileSync(join(outDir, 'ner.card.md'), writeNerCard(entries))
