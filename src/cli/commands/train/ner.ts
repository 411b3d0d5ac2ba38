import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { formatHeldOut } from '../../../learn/ner/format-held-out.ts'
import { nerModelJson } from '../../../learn/ner/ner-model-json.ts'
import {
  NER_TRAINING_FILE,
  NerDataError,
  readNerTrainingFile,
} from '../../../learn/ner/read-training-file.ts'
import { NER_TRAINING_DEFAULTS, trainNerLanguage } from '../../../learn/ner/train-ner-language.ts'
import { CliError } from '../../cli-error.ts'
import type { Command } from '../../command.ts'

const HELP = `Usage: narrascope train ner --data PATH [--lang CODE] [--out PATH] [--epochs N]

Retrains the named-entity tagger of one language from a CoNLL-style file (one token a line, its BIO tag in
the last column, a blank line between sentences; WikiNEuRal's "index token tag" and CoNLL-2003's "token … tag"
both read) and writes the artefact the entities component loads. PATH is that file or a folder holding
${NER_TRAINING_FILE} (the WikiNEuRal layout: wikineural/fr/${NER_TRAINING_FILE}). Sentences are split by hash: ${NER_TRAINING_DEFAULTS.testPercent}% held
out for the printed scores, ${NER_TRAINING_DEFAULTS.developmentPercent}% to choose the epochs and calibrate confidence. Deterministic: with the
defaults, ../shared/data/ner/wikineural/fr gives the bytes "npm run train -- ner" writes for fr.

Options:
  --data PATH          the CoNLL file, or a folder holding ${NER_TRAINING_FILE} (required)
  --lang CODE          the language (default: the data's folder when named so, as in wikineural/fr)
  --out PATH           the artefact (default models/ner-LANG.json)
  --epochs N           most epochs to try (default ${NER_TRAINING_DEFAULTS.maxEpochs})
  --seed N             shuffling seed (default ${NER_TRAINING_DEFAULTS.seed})
  --test-percent N     share of sentences held out for testing (default ${NER_TRAINING_DEFAULTS.testPercent})
  -h, --help           this help

Exit code: 0 on success, 2 on bad usage or unusable data (the file and the reason are named).`

const MODELS_DIR = fileURLToPath(new URL('../../../../models/', import.meta.url))
const LANGUAGE_CODE = /^[a-z]{2,3}$/u

/** `narrascope train ner`: retrain one language's NER tagger from a CoNLL-style file and write its artefact. */
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
  if (!values.data) throw new CliError(`--data PATH is required\n\n${HELP}`)
  const training = readTrainingFile(resolve(values.data))
  const lang = values.lang ?? languageOfPath(training.path)
  if (!LANGUAGE_CODE.test(lang))
    throw new CliError(`--lang must be a two- or three-letter code such as fr, not "${lang}"`)
  const options = {
    ...NER_TRAINING_DEFAULTS,
    maxEpochs: wholeNumber(values.epochs, '--epochs', NER_TRAINING_DEFAULTS.maxEpochs),
    seed: wholeNumber(values.seed, '--seed', NER_TRAINING_DEFAULTS.seed),
    testPercent: wholeNumber(
      values['test-percent'],
      '--test-percent',
      NER_TRAINING_DEFAULTS.testPercent,
    ),
    log: (line: string) => process.stderr.write(`${line}\n`),
  }
  if (options.maxEpochs < 1) throw new CliError('--epochs must be at least 1')
  if (options.testPercent + options.developmentPercent > 90)
    throw new CliError(
      `--test-percent must leave sentences to train on (at most ${90 - options.developmentPercent})`,
    )
  const run = trainNerLanguage(training.content, lang, options)
  if (run.sentences.training === 0)
    throw new CliError(
      `${training.path}: all ${training.sentences} sentences were held out for testing and development; too few to train on`,
    )
  const out = resolve(values.out ?? `${MODELS_DIR}ner-${lang}.json`)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, nerModelJson(run))
  process.stdout.write(`${formatHeldOut(run)}\n`)
  process.stderr.write(
    `narrascope train ner: wrote ${out} (${lang}, ${run.sentences.training} training, ${run.sentences.development} development sentences, ${run.model.epochs} epochs)\n`,
  )
  return 0
}

function readTrainingFile(path: string): ReturnType<typeof readNerTrainingFile> {
  try {
    return readNerTrainingFile(path)
  } catch (error) {
    if (error instanceof NerDataError) throw new CliError(error.message)
    throw error
  }
}

// The language a training file names: the two-letter name of its folder (wikineural/fr/train.conllu). File
// names and folders further up are never read as one ("toy.conllu", /tmp, /usr).
const FOLDER_LANGUAGE = /^[a-z]{2}$/u

function languageOfPath(file: string): string {
  const lang = basename(dirname(file))
  if (!FOLDER_LANGUAGE.test(lang))
    throw new CliError(`cannot tell the language of ${file}; pass --lang`)
  return lang
}

function wholeNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0)
    throw new CliError(`${name} must be a whole number, not "${value}"`)
  return number
}

/** The same training as a Command, for the `train` verb's list of tasks. */
export const nerTraining: Command = {
  summary: 'named-entity tagger of one language from a CoNLL-style file (WikiNEuRal layout)',
  run: trainNerCommand,
}
