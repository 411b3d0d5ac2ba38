import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { conllExample, type TokenView } from '../../../learn/ner/conll-example.ts'
import { evaluateTagger } from '../../../learn/ner/evaluate-tagger.ts'
import { formatScores } from '../../../learn/ner/format-scores.ts'
import { nerModelUrl, readNerModel } from '../../../learn/ner/load-ner-model.ts'
import { readConll, tagsReadAsOutside } from '../../../learn/ner/read-conll.ts'
import { CliError } from '../../cli-error.ts'
import type { Command } from '../../command.ts'

const HELP = `Usage: narrascope eval ner --data FILE.conllu [options]

Scores the named-entity tagger on a CoNLL-style file (one token a line, BIO tag in the last column, a blank
line between sentences) with CoNLL exact match: an entity counts only if its first token, last token and type
all equal a gold entity's. Prints precision, recall and F1 per type and micro-averaged over all types. A gold
tag that is not O, B-TYPE or I-TYPE ("_", a bare "PER") is read as O, and their count is printed on stderr
(and as tagsReadAsOutside with --json).

Options:
  --data FILE       the CoNLL file to score against (required)
  --lang CODE       the model's language (default: a path segment naming a language, as in wikineural/fr/test.conllu)
  --model PATH      a model file (default: models/ner-LANG.json)
  --tokens VIEW     conll: the file's tokens (default); tokenizer: our tokenizer on the rebuilt text; both
  --json            print the scores as JSON
  -h, --help        this help

Exit code: 0 on success, 2 on bad usage or unreadable input.`

const VIEWS: Readonly<Record<string, readonly TokenView[]>> = {
  conll: ['conll'],
  tokenizer: ['tokenizer'],
  both: ['conll', 'tokenizer'],
}
const LANGUAGE_SEGMENT = /(?:^|[/\\])([a-z]{2})(?=[/\\])/gu

/** `narrascope eval ner`: entity-level P/R/F1 of the NER tagger on a CoNLL file. */
export async function evalNerCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      lang: { type: 'string' },
      model: { type: 'string' },
      tokens: { type: 'string', default: 'conll' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  if (!values.data) throw new CliError('--data FILE.conllu is required')
  const views = VIEWS[values.tokens]
  if (!views)
    throw new CliError(`--tokens must be conll, tokenizer or both, not "${values.tokens}"`)
  if (!existsSync(values.data)) throw new CliError(`no such file: ${values.data}`)
  const lang = values.lang ?? guessLanguage(values.data)
  const modelPath = values.model ?? nerModelUrl(lang)
  if (!existsSync(modelPath))
    throw new CliError(`no NER model at ${String(modelPath)}; pass --model or train one`)
  const tagger = readNerModel(modelPath)
  const content = readFileSync(values.data, 'utf8')
  const sentences = readConll(content)
  // Scoring reads a tag that is not O, B-TYPE or I-TYPE as O: say so, since it changes what counts as gold.
  const outside = tagsReadAsOutside(content)
  if (outside.count > 0)
    process.stderr.write(
      `eval ner: ${values.data}: ${outside.count} tag(s) are not O, B-TYPE or I-TYPE and are read as O (first: ${outside.first})\n`,
    )
  const results = views.map((view) => ({
    view,
    scores: evaluateTagger(
      tagger,
      sentences.map((sentence) => conllExample(sentence, view)),
    ),
  }))
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ data: values.data, lang, sentences: sentences.length, tagsReadAsOutside: outside.count, results })}\n`,
    )
    return 0
  }
  for (const { view, scores } of results) {
    const tokens = view === 'conll' ? 'CoNLL tokens' : 'our tokenizer'
    process.stdout.write(
      `ner ${lang}: ${values.data}, ${sentences.length} sentences, ${tokens}\n${formatScores(scores)}\n`,
    )
  }
  return 0
}

function guessLanguage(path: string): string {
  const segments = [...path.matchAll(LANGUAGE_SEGMENT)].map((match) => match[1]!)
  const lang = segments.reverse().find((segment) => existsSync(nerModelUrl(segment)))
  if (!lang) throw new CliError(`cannot tell the language of ${path}; pass --lang`)
  return lang
}

/** The same evaluation as a Command, for the `eval` verb's list of benchmarks (`ner: nerEvaluation`). */
export const nerEvaluation: Command = {
  summary: 'entity-level P/R/F1 per type of the NER tagger on a CoNLL file (CoNLL exact match)',
  run: evalNerCommand,
}
