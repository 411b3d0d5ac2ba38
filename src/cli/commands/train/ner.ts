import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { formatScores } from '../../../learn/ner/format-scores.ts'
import { NER_TRAINING_DEFAULTS, trainNerLanguage } from '../../../learn/ner/train-ner-language.ts'
import { CliError } from '../../cli-error.ts'
import type { Command } from '../../command.ts'

const HELP = `Usage: narrascope train ner --data DIR [options]

Trains a named-entity tagger per language from CoNLL-style files and writes ner-LANG.json. DIR holds either
train.conllu (one language, named by --lang or by DIR's name) or one folder per language with a train.conllu
each (the WikiNEuRal layout: DIR/en/train.conllu, DIR/fr/train.conllu). Sentences are split by hash: 10% held
out for the printed test scores, 10% to choose epochs and calibrate confidence. With the defaults, training on
../shared/data/ner/wikineural rebuilds the shipped models byte for byte.

Options:
  --data DIR           training data (required)
  --lang CODE          train this language only
  --out DIR            where to write ner-LANG.json (default: the models/ folder)
  --epochs N           most epochs to try (default ${NER_TRAINING_DEFAULTS.maxEpochs})
  --seed N             shuffling seed (default ${NER_TRAINING_DEFAULTS.seed})
  --test-percent N     share of sentences held out for testing (default ${NER_TRAINING_DEFAULTS.testPercent})
  -h, --help           this help

Exit code: 0 on success, 2 on bad usage or missing data.`

const MODELS_DIR = fileURLToPath(new URL('../../../../models/', import.meta.url))
const TRAIN_FILE = 'train.conllu'

/** `narrascope train ner`: retrain NER taggers from CoNLL-style data and write their artefacts. */
export async function trainNerCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      epochs: { type: 'string' },
      seed: { type: 'string' },
      'test-percent': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  if (!values.data) throw new CliError('--data DIR is required')
  const files = trainingFiles(resolve(values.data), values.lang)
  const outDir = resolve(values.out ?? MODELS_DIR)
  mkdirSync(outDir, { recursive: true })
  const options = {
    ...NER_TRAINING_DEFAULTS,
    maxEpochs: integerOption(values.epochs, '--epochs', NER_TRAINING_DEFAULTS.maxEpochs),
    seed: integerOption(values.seed, '--seed', NER_TRAINING_DEFAULTS.seed),
    testPercent: integerOption(
      values['test-percent'],
      '--test-percent',
      NER_TRAINING_DEFAULTS.testPercent,
    ),
    log: (line: string) => process.stderr.write(`${line}\n`),
  }
  for (const { lang, path } of files) {
    const run = trainNerLanguage(readFileSync(path, 'utf8'), lang, options)
    const out = join(outDir, `ner-${lang}.json`)
    writeFileSync(out, `${JSON.stringify(run.model.file)}\n`)
    process.stdout.write(`ner ${lang}: wrote ${out}\n`)
    if (run.test)
      process.stdout.write(
        `ner ${lang}: held-out ${run.sentences.test} sentences, CoNLL tokens\n${formatScores(run.test.conll)}\n`,
      )
  }
  return 0
}

function trainingFiles(dir: string, only: string | undefined): { lang: string; path: string }[] {
  if (existsSync(join(dir, TRAIN_FILE))) {
    const lang = only ?? basename(dir)
    if (!/^[a-z]{2,3}$/u.test(lang))
      throw new CliError(`cannot tell the language of ${dir}; pass --lang`)
    return [{ lang, path: join(dir, TRAIN_FILE) }]
  }
  if (!existsSync(dir)) throw new CliError(`no such folder: ${dir}`)
  const files = readdirSync(dir)
    .filter((name) => /^[a-z]{2,3}$/u.test(name) && (!only || name === only))
    .filter((name) => existsSync(join(dir, name, TRAIN_FILE)))
    .sort()
    .map((lang) => ({ lang, path: join(dir, lang, TRAIN_FILE) }))
  if (files.length === 0)
    throw new CliError(`no ${TRAIN_FILE} in ${dir} or in its language folders (en/, fr/, …)`)
  return files
}

function integerOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0)
    throw new CliError(`${name} must be a whole number, not "${value}"`)
  return number
}

/** The same training as a Command, for a verb that lists its tasks as Commands (`ner: nerTraining`). */
export const nerTraining: Command = {
  summary: 'named-entity taggers from CoNLL-style files (WikiNEuRal layout)',
  run: trainNerCommand,
}
