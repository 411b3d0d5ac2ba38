import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { isBioTag, parseConllLine, readConll } from './read-conll.ts'

/** The file a folder in the WikiNEuRal layout (wikineural/LANG/train.conllu) trains on. */
export const NER_TRAINING_FILE = 'train.conllu'

/** Training data that cannot be used; the message names the file (and line) and the reason. */
export class NerDataError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NerDataError'
  }
}

/** A checked CoNLL training file: its path, its text as read, and how many sentences it holds. */
export interface NerTrainingFile {
  readonly path: string
  readonly content: string
  readonly sentences: number
}

/**
 * Reads the training file at `path` (a CoNLL-style file, or a folder holding train.conllu) and checks it: every
 * token line has a token and a tag O, B-TYPE or I-TYPE, and there is at least one sentence. Throws NerDataError.
 */
export function readNerTrainingFile(path: string): NerTrainingFile {
  const file = trainingFilePath(path)
  const content = readFileSync(file, 'utf8')
  const problem = firstMalformedLine(content)
  if (problem) throw new NerDataError(`${file}:${problem}`)
  const sentences = readConll(content).length
  if (sentences === 0)
    throw new NerDataError(
      `${file}: no sentences (expected one token a line with its BIO tag last, a blank line between sentences)`,
    )
  return { path: file, content, sentences }
}

function trainingFilePath(path: string): string {
  if (!existsSync(path)) throw new NerDataError(`${path}: no such file or folder`)
  if (!statSync(path).isDirectory()) return path
  const file = join(path, NER_TRAINING_FILE)
  if (existsSync(file)) return file
  const languages = readdirSync(path)
    .filter((name) => existsSync(join(path, name, NER_TRAINING_FILE)))
    .sort()
  const hint =
    languages.length > 0
      ? `; it has language folders (${languages.join(', ')}): pass one, as in ${join(path, languages[0]!)}`
      : ''
  throw new NerDataError(`${path}: no ${NER_TRAINING_FILE} in this folder${hint}`)
}

/** "LINE: reason" for the first token line without a token and a BIO tag, or null when every line reads. */
export function firstMalformedLine(content: string): string | null {
  const lines = content.split('\n')
  for (const [index, raw] of lines.entries()) {
    const line = parseConllLine(raw)
    if (line.kind !== 'token') continue
    const shown = JSON.stringify(raw.replace(/\r$/u, '').slice(0, 80))
    if (line.columns < 2)
      return `${index + 1}: one column (${shown}); expected a token and its BIO tag`
    // Training reads only BIO tags; readConll would quietly read anything else ("_", a bare "PER") as O.
    if (!isBioTag(line.tag))
      return `${index + 1}: tag ${JSON.stringify(line.tag)} is not O, B-TYPE or I-TYPE (${shown})`
  }
  return null
}
