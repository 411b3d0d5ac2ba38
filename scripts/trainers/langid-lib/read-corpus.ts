import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A document with its gold language, split into paragraphs (a title counts as a paragraph). */
export interface LabelledDoc {
  readonly id: string
  readonly lang: string
  readonly source: string
  readonly paragraphs: readonly string[]
}

/** SemEval-2023 task 3 folder names and the BCP 47 subtag of each. */
const SEMEVAL2023_LANGUAGES: readonly (readonly [string, string])[] = [
  ['en', 'en'],
  ['fr', 'fr'],
  ['ge', 'de'],
  ['it', 'it'],
  ['po', 'pl'],
  ['ru', 'ru'],
]

/** Subtask folders in order of preference: subtask 3 keeps paragraphs split most faithfully. */
const SEMEVAL2023_SUBTASKS = [
  'train-articles-subtask-3',
  'train-articles-subtask-2',
  'train-articles-subtask-1',
]

/** SemEval-2025 task 10 folder names and the BCP 47 subtag of each. */
const SEMEVAL2025_LANGUAGES: readonly (readonly [string, string])[] = [
  ['BG', 'bg'],
  ['EN', 'en'],
  ['HI', 'hi'],
  ['PT', 'pt'],
  ['RU', 'ru'],
]

/** WikiNEuRal languages present in the shared data. */
const WIKINEURAL_LANGUAGES = ['en', 'fr']

/** WikiNEuRal has no document boundaries; this many consecutive sentences make one pseudo-document. */
const WIKINEURAL_SENTENCES_PER_DOC = 25

/** Our own hand-written samples for languages missing from the data. */
const SAMPLE_LANGUAGES = ['es', 'uk']

/** Line that separates two articles inside a sample file. */
const SAMPLE_ARTICLE_SEPARATOR = /^---$/m

/** Result of reading every corpus: unique documents plus how many exact duplicates were dropped. */
export interface Corpus {
  readonly docs: LabelledDoc[]
  readonly duplicatesDropped: number
}

/**
 * Reads every training source under `dataRoot` plus our samples, sorted by id, without duplicate documents.
 */
export function readCorpus(dataRoot: string, samplesDir: string): Corpus {
  const all = [
    ...readSemeval2023(join(dataRoot, 'semeval2023-task3')),
    ...readSemeval2025(join(dataRoot, 'semeval2025-task10', 'train')),
    ...readWikineural(join(dataRoot, 'ner', 'wikineural')),
    ...readSamples(samplesDir),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const seen = new Set<string>()
  const docs: LabelledDoc[] = []
  for (const doc of all) {
    const key = createHash('sha256').update(doc.paragraphs.join('\n')).digest('hex')
    if (seen.has(key)) continue
    seen.add(key)
    docs.push(doc)
  }
  return { docs, duplicatesDropped: all.length - docs.length }
}

/** Splits a raw article into trimmed, non-empty lines. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

/** Lists the `.txt` files of a folder in sorted order. */
function textFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
}

/** Reads SemEval-2023 task 3 articles, one document per article id across the subtask folders. */
function readSemeval2023(root: string): LabelledDoc[] {
  const docs: LabelledDoc[] = []
  for (const [folder, lang] of SEMEVAL2023_LANGUAGES) {
    const paths = new Map<string, string>()
    for (const subtask of SEMEVAL2023_SUBTASKS) {
      const dir = join(root, folder, subtask)
      if (!existsSync(dir)) continue
      for (const name of textFiles(dir)) if (!paths.has(name)) paths.set(name, join(dir, name))
    }
    for (const [name, path] of paths) {
      const id = `semeval2023/${folder}/${name.replace(/\.txt$/, '')}`
      docs.push({
        id,
        lang,
        source: 'semeval2023',
        paragraphs: paragraphsOf(readFileSync(path, 'utf8')),
      })
    }
  }
  return docs
}

/** Reads SemEval-2025 task 10 raw training documents. */
function readSemeval2025(root: string): LabelledDoc[] {
  const docs: LabelledDoc[] = []
  for (const [folder, lang] of SEMEVAL2025_LANGUAGES) {
    const dir = join(root, folder, 'raw-documents')
    for (const name of textFiles(dir)) {
      const id = `semeval2025/${folder}/${name.replace(/\.txt$/, '')}`
      const paragraphs = paragraphsOf(readFileSync(join(dir, name), 'utf8'))
      docs.push({ id, lang, source: 'semeval2025', paragraphs })
    }
  }
  return docs
}

/** Reads WikiNEuRal CoNLL files (token in column 2) into detokenised sentences grouped as pseudo-documents. */
function readWikineural(root: string): LabelledDoc[] {
  const docs: LabelledDoc[] = []
  for (const lang of WIKINEURAL_LANGUAGES) {
    const sentences: string[] = []
    let tokens: string[] = []
    for (const line of readFileSync(join(root, lang, 'train.conllu'), 'utf8').split(/\r?\n/)) {
      const token = line.split('\t')[1]
      if (token !== undefined) {
        tokens.push(token)
        continue
      }
      if (tokens.length > 0) sentences.push(detokenize(tokens))
      tokens = []
    }
    if (tokens.length > 0) sentences.push(detokenize(tokens))
    for (let start = 0; start < sentences.length; start += WIKINEURAL_SENTENCES_PER_DOC) {
      const number = String(start / WIKINEURAL_SENTENCES_PER_DOC).padStart(5, '0')
      const paragraphs = sentences.slice(start, start + WIKINEURAL_SENTENCES_PER_DOC)
      docs.push({ id: `wikineural/${lang}/${number}`, lang, source: 'wikineural', paragraphs })
    }
  }
  return docs
}

/** Joins tokens with spaces, then removes the spaces tokenisation put before closing and after opening marks. */
function detokenize(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([,.;:!?)\]»%])/g, '$1')
    .replace(/([([«]) /g, '$1')
    .replace(/' /g, "'")
}

/** Source name of our hand-written evaluation-only samples, which must never be trained on. */
export const HELD_OUT_SAMPLE_SOURCE = 'own-sample-heldout'

/** Reads our hand-written samples (`LANG.txt` for training, `LANG.heldout.txt` for evaluation only). */
function readSamples(dir: string): LabelledDoc[] {
  const docs: LabelledDoc[] = []
  for (const lang of SAMPLE_LANGUAGES) {
    for (const [suffix, source] of [
      ['', 'own-sample'],
      ['.heldout', HELD_OUT_SAMPLE_SOURCE],
    ] as const) {
      const articles = readFileSync(join(dir, `${lang}${suffix}.txt`), 'utf8').split(
        SAMPLE_ARTICLE_SEPARATOR,
      )
      for (const [number, article] of articles.entries()) {
        const paragraphs = paragraphsOf(article)
        if (paragraphs.length === 0) continue
        docs.push({
          id: `samples/${lang}${suffix}/${String(number).padStart(3, '0')}`,
          lang,
          source,
          paragraphs,
        })
      }
    }
  }
  return docs
}
