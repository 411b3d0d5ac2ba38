import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type ArticleLine, normalizeArticle } from './normalize-article.ts'
import {
  parseFrameLabels,
  parseGenreLabels,
  parseParagraphRows,
  parseSpanFile,
} from './parse-label-files.ts'
import { SEMEVAL_LANGUAGES, type SemevalFolder } from './semeval-languages.ts'

/** An article of one subtask's folder, as LF text with its non-blank lines. */
export interface SemevalArticle {
  readonly id: string
  /** Narrascope language code (de for the ge folder, pl for po). */
  readonly lang: string
  readonly text: string
  readonly lines: readonly ArticleLine[]
}

/** A technique's evidence in UTF-16 offsets into the article text. */
export interface TechniqueEvidence {
  readonly label: string
  readonly start: number
  readonly end: number
}

/** A paragraph to classify for subtask 3, with its gold labels and spans when the split has them. */
export interface TechniqueParagraph {
  readonly line: number
  readonly start: number
  readonly end: number
  readonly labels: readonly string[] | null
  readonly evidence: readonly TechniqueEvidence[]
}

/** One language's split of SemEval-2023 Task 3; labels are null where the split ships none. */
export interface SemevalSplit {
  readonly lang: string
  readonly genre: readonly { article: SemevalArticle; label: string | null }[]
  readonly frames: readonly { article: SemevalArticle; labels: readonly string[] | null }[]
  readonly techniques: readonly { article: SemevalArticle; paragraphs: TechniqueParagraph[] }[]
}

/** `train` or `dev`: the prefix of every folder and file of the split. */
export type SplitName = 'train' | 'dev'

const ARTICLE_FILE = /^article(.+)\.txt$/u

/**
 * Reads one language folder of the official layout (`LANG/<split>-articles-subtask-N/`,
 * `<split>-labels-subtask-N.txt`, the subtask-3 `.template` and span folder); missing parts give empty lists.
 */
export function readSemevalSplit(
  languageDir: string,
  folder: SemevalFolder,
  split: SplitName,
): SemevalSplit {
  const lang = SEMEVAL_LANGUAGES[folder]
  const file = (name: string) => join(languageDir, name)
  const genreLabels = readIfPresent(file(`${split}-labels-subtask-1.txt`), parseGenreLabels)
  const frameLabels = readIfPresent(file(`${split}-labels-subtask-2.txt`), parseFrameLabels)
  const genre = [...readArticles(file(`${split}-articles-subtask-1`), lang).values()].map(
    (article) => ({ article, label: genreLabels?.get(article.id) ?? null }),
  )
  const frames = [...readArticles(file(`${split}-articles-subtask-2`), lang).values()].map(
    (article) => ({ article, labels: frameLabels?.get(article.id) ?? null }),
  )
  return {
    lang,
    genre: genreLabels ? genre.filter((entry) => entry.label !== null) : genre,
    frames: frameLabels ? frames.filter((entry) => entry.labels !== null) : frames,
    techniques: readTechniques(languageDir, split, lang),
  }
}

function readTechniques(
  languageDir: string,
  split: SplitName,
  lang: string,
): { article: SemevalArticle; paragraphs: TechniqueParagraph[] }[] {
  const labelsFile = join(languageDir, `${split}-labels-subtask-3.txt`)
  const templateFile = join(languageDir, `${split}-labels-subtask-3.template`)
  const hasLabels = existsSync(labelsFile)
  const rowsFile = hasLabels ? labelsFile : templateFile
  if (!existsSync(rowsFile)) return []
  const rows = parseParagraphRows(readFileSync(rowsFile, 'utf8'), hasLabels)
  const articleDir = join(languageDir, `${split}-articles-subtask-3`)
  const spanDir = join(languageDir, `${split}-labels-subtask-3-spans`)
  const byArticle = new Map<string, typeof rows>()
  for (const row of rows) byArticle.set(row.id, [...(byArticle.get(row.id) ?? []), row])
  const result: { article: SemevalArticle; paragraphs: TechniqueParagraph[] }[] = []
  for (const [id, articleRows] of [...byArticle].sort(([a], [b]) => compareIds(a, b))) {
    const path = join(articleDir, `article${id}.txt`)
    if (!existsSync(path)) continue
    const normalized = normalizeArticle(readFileSync(path, 'utf8'))
    const article: SemevalArticle = { id, lang, text: normalized.text, lines: normalized.lines }
    const spanPath = join(spanDir, `article${id}-labels-subtask-3.txt`)
    const evidence = existsSync(spanPath)
      ? parseSpanFile(readFileSync(spanPath, 'utf8')).map((span) => ({
          label: span.label,
          start: normalized.textOffset(span.start),
          end: normalized.textOffset(span.end),
        }))
      : []
    const lineSpans = new Map(normalized.lines.map((line) => [line.line, line]))
    const paragraphs: TechniqueParagraph[] = []
    for (const row of articleRows) {
      // A line that is blank in the file (some hold only a byte-order mark) stays, empty, so scores count it.
      const line = lineSpans.get(row.line) ?? { line: row.line, start: 0, end: 0 }
      paragraphs.push({
        ...line,
        labels: hasLabels ? row.labels : null,
        evidence: evidence.filter((span) => span.start < line.end && line.start < span.end),
      })
    }
    paragraphs.sort((a, b) => a.line - b.line)
    result.push({ article, paragraphs })
  }
  return result
}

/** Every `article<ID>.txt` of a folder, in id order. */
function readArticles(dir: string, lang: string): Map<string, SemevalArticle> {
  const articles = new Map<string, SemevalArticle>()
  if (!existsSync(dir)) return articles
  const names = readdirSync(dir)
    .map((name) => ARTICLE_FILE.exec(name)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort(compareIds)
  for (const id of names) {
    const { text, lines } = normalizeArticle(readFileSync(join(dir, `article${id}.txt`), 'utf8'))
    articles.set(id, { id, lang, text, lines })
  }
  return articles
}

function readIfPresent<T>(path: string, parse: (content: string) => T): T | null {
  return existsSync(path) ? parse(readFileSync(path, 'utf8')) : null
}

/** Orders ids by code unit, which is stable across platforms (file listings are not). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
