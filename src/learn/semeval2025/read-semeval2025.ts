import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { normalizeArticle } from '../semeval2023/normalize-article.ts'
import { alignMention } from './align-mention.ts'

/** A document of SemEval-2025 Task 10, as LF text. */
export interface Semeval2025Document {
  readonly id: string
  readonly lang: string
  readonly text: string
}

/** Gold narratives and sub-narratives of a document (subtask 2), exactly as the annotation file spells them. */
export interface NarrativeLabels {
  readonly narratives: readonly string[]
  readonly subNarratives: readonly string[]
}

/** An entity mention to classify (subtask 1), in UTF-16 half-open offsets, with its gold roles when known. */
export interface RoleMention {
  readonly doc: string
  readonly text: string
  readonly start: number
  readonly end: number
  /** The offsets as the file gives them (code points, `end` inclusive), for writing predictions back. */
  readonly rawStart: number
  readonly rawEnd: number
  readonly main: string | null
  readonly fine: readonly string[] | null
}

/** One language's folder of SemEval-2025 Task 10, in either the training or the evaluation layout. */
export interface Semeval2025Split {
  readonly lang: string
  /** Documents for subtask 2, by id. */
  readonly narrativeDocuments: ReadonlyMap<string, Semeval2025Document>
  /** Documents for subtask 1, by id (the same files as subtask 2's in the training layout). */
  readonly roleDocuments: ReadonlyMap<string, Semeval2025Document>
  /** Gold labels by document id, or null when the folder has no subtask-2 annotations. */
  readonly narrativeLabels: ReadonlyMap<string, NarrativeLabels> | null
  readonly mentions: readonly RoleMention[]
  /** True when the mentions carry gold roles. */
  readonly hasRoleLabels: boolean
}

/** The layouts this reader understands, and where each keeps its documents. */
const TRAIN_DOCUMENTS = 'raw-documents'
const documentsFolder = (subtask: 1 | 2) => `subtask-${subtask}-documents`

/**
 * Reads a language folder: the training layout keeps every document in `raw-documents/`; the evaluation layout
 * keeps each subtask's in `subtask-N-documents/` and lists subtask 1's mentions, without roles, in
 * `subtask-1-entity-mentions.txt`. Gold annotations (`subtask-N-annotations.txt`) are read where present.
 */
export function readSemeval2025(languageDir: string, lang: string): Semeval2025Split {
  const file = (name: string) => join(languageDir, name)
  const shared = existsSync(file(TRAIN_DOCUMENTS))
    ? readDocuments(file(TRAIN_DOCUMENTS), lang)
    : null
  const folderOf = (subtask: 1 | 2): Map<string, ReadDocument> =>
    existsSync(file(documentsFolder(subtask)))
      ? readDocuments(file(documentsFolder(subtask)), lang)
      : (shared ?? new Map())
  const narrativeRead = folderOf(2)
  const roleRead = folderOf(1)
  const narrativeDocuments = new Map([...narrativeRead].map(([id, read]) => [id, read.document]))
  const roleDocuments = new Map([...roleRead].map(([id, read]) => [id, read.document]))
  if (narrativeDocuments.size === 0 && roleDocuments.size === 0)
    throw new Error(
      `${languageDir}: no documents (expected ${TRAIN_DOCUMENTS}/ or subtask-N-documents/)`,
    )
  const narrativeLabels = existsSync(file('subtask-2-annotations.txt'))
    ? parseNarrativeLabels(readFileSync(file('subtask-2-annotations.txt'), 'utf8'))
    : null
  const annotated = existsSync(file('subtask-1-annotations.txt'))
    ? parseMentions(readFileSync(file('subtask-1-annotations.txt'), 'utf8'), true)
    : null
  const listed = existsSync(file('subtask-1-entity-mentions.txt'))
    ? parseMentions(readFileSync(file('subtask-1-entity-mentions.txt'), 'utf8'), false)
    : null
  // The evaluation layout lists the mentions to classify; gold roles, when given, are joined on their offsets.
  const rawMentions = listed
    ? listed.map((mention) => withGold(mention, annotated))
    : (annotated ?? [])
  const mentions: RoleMention[] = []
  for (const mention of rawMentions) {
    const read = roleRead.get(mention.doc)
    if (read) mentions.push(alignMention(read.document.text, read.textOffset, mention))
  }
  return {
    lang,
    narrativeDocuments,
    roleDocuments,
    narrativeLabels,
    mentions,
    hasRoleLabels: mentions.length > 0 && mentions.every((mention) => mention.fine !== null),
  }
}

/** A mention as the file gives it: code-point offsets into the raw file, `end` inclusive. */
export interface RawMention {
  readonly doc: string
  readonly text: string
  readonly start: number
  readonly end: number
  readonly main: string | null
  readonly fine: readonly string[] | null
}

// A document with the map from the raw file's code points (CR included), as mention offsets count, to its text.
interface ReadDocument {
  readonly document: Semeval2025Document
  readonly textOffset: (codePointOffset: number) => number
}

function readDocuments(folder: string, lang: string): Map<string, ReadDocument> {
  const documents = new Map<string, ReadDocument>()
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.txt')) continue
    const normalized = normalizeArticle(readFileSync(join(folder, name), 'utf8'))
    documents.set(name, {
      document: { id: name, lang, text: normalized.text },
      textOffset: normalized.textOffset,
    })
  }
  return documents
}

/** Parses `doc<TAB>Narr1;Narr2<TAB>Sub1;Sub2` lines. */
export function parseNarrativeLabels(content: string): Map<string, NarrativeLabels> {
  const labels = new Map<string, NarrativeLabels>()
  for (const line of content.split(/\r?\n/u)) {
    if (line.trim() === '') continue
    const [doc = '', narratives = '', subNarratives = ''] = line.split('\t')
    labels.set(doc.trim(), {
      narratives: splitLabels(narratives),
      subNarratives: splitLabels(subNarratives),
    })
  }
  return labels
}

function splitLabels(field: string): string[] {
  return [
    ...new Set(
      field
        .split(';')
        .map((label) => label.trim())
        .filter(Boolean),
    ),
  ]
}

/** Parses `doc<TAB>mention<TAB>start<TAB>end[<TAB>MainRole<TAB>FineRole...]` lines. */
export function parseMentions(content: string, hasRoles: boolean): RawMention[] {
  const mentions: RawMention[] = []
  for (const line of content.split(/\r?\n/u)) {
    if (line.trim() === '') continue
    const [doc = '', text = '', start = '', end = '', main, ...fine] = line.split('\t')
    const roles = fine.map((role) => role.trim()).filter(Boolean)
    mentions.push({
      doc: doc.trim(),
      text,
      start: Number(start),
      end: Number(end),
      main: hasRoles && main ? main.trim() : null,
      fine: hasRoles ? [...new Set(roles)].sort() : null,
    })
  }
  return mentions
}

function withGold(mention: RawMention, annotated: readonly RawMention[] | null): RawMention {
  const gold = annotated?.find(
    (candidate) =>
      candidate.doc === mention.doc &&
      candidate.start === mention.start &&
      candidate.end === mention.end,
  )
  return gold ? { ...mention, main: gold.main, fine: gold.fine } : mention
}
